import { t } from '../../core/i18n';
import { LEVEL_NAMES, LEVELS, type Level, SCOPES, type Scope } from '../../core/vocabulary';
import { SCOPE_NAMES } from '../shared/platform-rules';

/** What every rule menu takes: the rule and site it is for (read by screen readers), its lock, its data attribute. */
interface MenuProps {
  /** Read after the label by screen readers: "for all sites: following a client". */
  context: string;
  disabled: boolean;
  describedBy: string | undefined;
  class?: string;
  [data: `data-${string}`]: string;
}

/** A small visible label over a menu of named values. */
function RuleMenu({
  label,
  value,
  options,
  onChange,
  context,
  disabled,
  describedBy,
  class: className,
  ...data
}: MenuProps & {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [value: string, name: string]>;
  onChange: (value: string) => void;
}) {
  return (
    <label class={`rule-control${className ? ` ${className}` : ''}`}>
      <span class="label small">
        {label}
        <span class="visually-hidden"> {context}</span>
      </span>
      <select
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
        {...data}
      >
        {options.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

const LEVEL_OPTIONS = LEVELS.map((l) => [l, LEVEL_NAMES[l]] as const);
const SCOPE_OPTIONS = SCOPES.map((sc) => [sc, SCOPE_NAMES[sc]] as const);

/**
 * How firmly to step in. With `inherited`, the first choice is "as everywhere (…)", which reports null:
 * the site has no level of its own.
 */
export function LevelSelect({
  value,
  inherited,
  onChange,
  ...menu
}: MenuProps & { value: Level | null; inherited?: Level; onChange: (level: Level | null) => void }) {
  const options = inherited ? [['', t('policy_asEverywhereLevel', LEVEL_NAMES[inherited])] as const, ...LEVEL_OPTIONS] : LEVEL_OPTIONS;
  return (
    <RuleMenu
      label={t('policy_level')}
      value={value ?? ''}
      options={options}
      onChange={(v) => onChange(v === '' ? null : (v as Level))}
      {...menu}
    />
  );
}

/** Whether a rule applies to everyone or only when a client is involved. */
export function ScopeSelect({ value, onChange, ...menu }: MenuProps & { value: Scope; onChange: (scope: Scope) => void }) {
  return <RuleMenu label={t('policy_when')} value={value} options={SCOPE_OPTIONS} onChange={(v) => onChange(v as Scope)} {...menu} />;
}
