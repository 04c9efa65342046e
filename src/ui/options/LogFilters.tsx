import { t } from '../../core/i18n';
import type { Choice } from '../../core/log';
import { ACTION_KINDS, PLATFORM_NAMES, PLATFORMS, RULE_NAMES } from '../../core/vocabulary';
import { ALL, CHOICE_NAMES, type LogFilter } from './log-view';

const CHOICES = Object.keys(CHOICE_NAMES) as Choice[];

/** One filter menu: "all" first, then every value by its name. */
function FilterSelect<K extends keyof LogFilter>({
  part,
  label,
  all,
  values,
  names,
  filter,
  onChange,
}: {
  part: K;
  label: string;
  all: string;
  values: readonly Exclude<LogFilter[K], 'all'>[];
  names: Readonly<Record<Exclude<LogFilter[K], 'all'>, string>>;
  filter: LogFilter;
  onChange: (patch: Partial<LogFilter>) => void;
}) {
  return (
    <label class="inline-field">
      <span class="label small">{label}</span>
      <select
        value={filter[part]}
        data-log-filter={part}
        onChange={(e) => onChange({ [part]: (e.currentTarget as HTMLSelectElement).value } as Partial<LogFilter>)}
      >
        <option value="all">{all}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {names[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Site, action and choice menus over the log, and "Show all" while any of them filters. */
export function LogFilters({
  filter,
  filtering,
  onChange,
}: {
  filter: LogFilter;
  filtering: boolean;
  onChange: (patch: Partial<LogFilter>) => void;
}) {
  return (
    <fieldset class="filters row plain">
      <legend class="visually-hidden">{t('log_filterLegend')}</legend>
      <FilterSelect
        part="platform"
        label={t('log_site')}
        all={t('log_allSites')}
        values={PLATFORMS}
        names={PLATFORM_NAMES}
        filter={filter}
        onChange={onChange}
      />
      <FilterSelect
        part="kind"
        label={t('log_action')}
        all={t('log_allActions')}
        values={ACTION_KINDS}
        names={RULE_NAMES}
        filter={filter}
        onChange={onChange}
      />
      <FilterSelect
        part="choice"
        label={t('log_choice')}
        all={t('log_allChoices')}
        values={CHOICES}
        names={CHOICE_NAMES}
        filter={filter}
        onChange={onChange}
      />
      {filtering && (
        <button type="button" class="btn btn-link btn-small" onClick={() => onChange(ALL)}>
          {t('log_showAll')}
        </button>
      )}
    </fieldset>
  );
}
