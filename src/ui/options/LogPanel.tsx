import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { formatNumber, t, tn, tParts } from '../../core/i18n';
import type { Choice, LogEntry } from '../../core/log';
import { ACTION_KINDS, type ActionKind, LEVEL_NAMES, PLATFORM_NAMES, PLATFORMS, type Platform, RULE_NAMES } from '../../core/vocabulary';
import { settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { clearLog, listLog, pruneLog } from '../../storage/db';
import { downloadText, todayStamp } from '../shared/download';
import { Check, ConfirmDialog, ScrollRegion } from '../shared/widgets';
import { ALL, CHOICE_NAMES, filterLog, formatWhen, type LogFilter, logToCsv, weeklyCounts } from './log-view';
import { LockNote, useManaged } from './managed-ui';

/** Log rows per page: ten thousand entries never reach the DOM at once. */
export const LOG_PAGE = 50;
const WEEKS_SHOWN = 12;
export const RETENTION_DAYS = [30, 90, 180, 365, 730] as const;

type Edit = (change: (s: Settings) => Settings, delayMs?: number) => void;
type Entry = LogEntry & { id?: number };

const CHOICES = Object.keys(CHOICE_NAMES) as Choice[];
const clientName = (client: LogEntry['client']): string =>
  client === 'yes' ? t('log_clientYes') : client === 'possible' ? t('log_clientMaybe') : '';

export function LogPanel({ visible, settings, edit }: { visible: boolean; settings: Settings; edit: Edit }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [filter, setFilter] = useState<LogFilter>(ALL);
  const [page, setPage] = useState(0);
  const [allWeeks, setAllWeeks] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  const ids = useId();
  const { policy, by } = useManaged();
  const retentionLocked = settingLocked(policy, 'logRetentionDays');
  const namesLocked = settingLocked(policy, 'logNames');

  const load = useCallback(async () => {
    setEntries(await listLog());
  }, []);

  // The log is read when its tab is first opened, not with the page.
  useEffect(() => {
    if (visible && entries === null) load().catch((e) => setStatus(t('log_unreadable', (e as Error).message)));
  }, [visible, entries, load]);

  const filtered = useMemo(() => (entries ? filterLog(entries, filter) : []), [entries, filter]);
  const weeks = useMemo(() => weeklyCounts(filtered), [filtered]);
  const pages = Math.max(1, Math.ceil(filtered.length / LOG_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * LOG_PAGE, (current + 1) * LOG_PAGE);
  const max = Math.max(1, ...weeks.map((w) => w.stopped + w.proceeded + w.noticed));
  const filtering = filter.platform !== 'all' || filter.kind !== 'all' || filter.choice !== 'all';

  const setFilterPart = (patch: Partial<LogFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(0);
  };

  async function clear() {
    setConfirmClear(false);
    await clearLog();
    await load();
    setStatus(t('log_cleared'));
  }

  async function setRetention(days: number) {
    edit((s) => ({ ...s, logRetentionDays: days }));
    const removed = await pruneLog(days);
    if (removed) await load();
    setStatus(removed ? tn(removed, 'log_pruned', days) : t('log_keptFor', days));
  }

  return (
    <>
      <div class="panel-intro">
        <h2>{t('log_title')}</h2>
        <p class="muted">{t('log_intro')}</p>
      </div>
      <section class="card" aria-labelledby={`${ids}-weeks`}>
        <h3 id={`${ids}-weeks`}>{filtering ? t('common_withFilter', t('log_weeksTitle')) : t('log_weeksTitle')}</h3>
        {entries === null ? (
          <p class="muted">{t('common_loading')}</p>
        ) : weeks.length === 0 ? (
          <p class="muted">{t(filtering ? 'log_noneMatch' : 'log_noneYet')}</p>
        ) : (
          <>
            <ScrollRegion label={t('log_weeksRegion')}>
              <table class="weeks" data-log-weeks>
                <thead>
                  <tr>
                    <th scope="col">{t('log_weekOf')}</th>
                    <th scope="col">{t('log_stopped')}</th>
                    <th scope="col">{t('log_proceeded')}</th>
                    <th scope="col">{t('log_notices')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('log_chart')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(allWeeks ? weeks : weeks.slice(0, WEEKS_SHOWN)).map((w) => (
                    <tr key={w.week} data-week={w.week}>
                      <th scope="row">
                        {new Date(`${w.week}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}
                      </th>
                      <td data-count="stopped">{w.stopped}</td>
                      <td data-count="proceeded">{w.proceeded}</td>
                      <td data-count="noticed">{w.noticed}</td>
                      <td class="bar-cell" aria-hidden="true">
                        <span class="bar stopped" style={{ width: `${(w.stopped / max) * 100}%` }} />
                        <span class="bar proceeded" style={{ width: `${(w.proceeded / max) * 100}%` }} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            {weeks.length > WEEKS_SHOWN && (
              <button type="button" class="btn btn-link btn-small" onClick={() => setAllWeeks((a) => !a)} aria-expanded={allWeeks}>
                {allWeeks ? t('log_lastWeeks', WEEKS_SHOWN) : t('log_allWeeks', weeks.length)}
              </button>
            )}
            <p class="hint">
              {tParts('log_bars', <span class="key stopped" aria-hidden="true" />, <span class="key proceeded" aria-hidden="true" />)}
            </p>
          </>
        )}
      </section>
      <section class="card" aria-labelledby={`${ids}-entries`}>
        <div class="row spread">
          <h3 id={`${ids}-entries`}>{t('log_entries')}</h3>
          <div class="row">
            <button type="button" class="btn btn-small" onClick={() => load()}>
              {t('log_refresh')}
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={filtered.length === 0}
              onClick={() => downloadText(`boundary-guard-log-${todayStamp()}.csv`, logToCsv(filtered), 'text/csv')}
            >
              {filtering ? t('common_withFilter', t('log_exportCsv')) : t('log_exportCsv')}
            </button>
            <button type="button" class="btn btn-small" disabled={!entries?.length} onClick={() => setConfirmClear(true)}>
              {t('log_clear')}
            </button>
          </div>
        </div>
        <fieldset class="filters row plain">
          <legend class="visually-hidden">{t('log_filterLegend')}</legend>
          <label class="inline-field">
            <span class="label small">{t('log_site')}</span>
            <select
              value={filter.platform}
              data-log-filter="platform"
              onChange={(e) => setFilterPart({ platform: (e.currentTarget as HTMLSelectElement).value as Platform | 'all' })}
            >
              <option value="all">{t('log_allSites')}</option>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_NAMES[p]}
                </option>
              ))}
            </select>
          </label>
          <label class="inline-field">
            <span class="label small">{t('log_action')}</span>
            <select
              value={filter.kind}
              data-log-filter="kind"
              onChange={(e) => setFilterPart({ kind: (e.currentTarget as HTMLSelectElement).value as ActionKind | 'all' })}
            >
              <option value="all">{t('log_allActions')}</option>
              {ACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RULE_NAMES[k]}
                </option>
              ))}
            </select>
          </label>
          <label class="inline-field">
            <span class="label small">{t('log_choice')}</span>
            <select
              value={filter.choice}
              data-log-filter="choice"
              onChange={(e) => setFilterPart({ choice: (e.currentTarget as HTMLSelectElement).value as Choice | 'all' })}
            >
              <option value="all">{t('log_allChoices')}</option>
              {CHOICES.map((c) => (
                <option key={c} value={c}>
                  {CHOICE_NAMES[c]}
                </option>
              ))}
            </select>
          </label>
          {filtering && (
            <button type="button" class="btn btn-link btn-small" onClick={() => setFilterPart(ALL)}>
              {t('log_showAll')}
            </button>
          )}
        </fieldset>
        <p class="hint" role="status" aria-live="polite" data-log-count>
          {entries === null
            ? ''
            : filtered.length
              ? tn(filtered.length, 'log_range', formatNumber(current * LOG_PAGE + 1), formatNumber(current * LOG_PAGE + rows.length))
              : filtering
                ? t('log_noneMatchEntries')
                : t('log_empty')}
          {status && ` ${status}`}
        </p>
        {rows.length > 0 && (
          <ScrollRegion label={t('log_entriesRegion')}>
            <table class="log" data-log-table>
              <thead>
                <tr>
                  <th scope="col">{t('log_when')}</th>
                  <th scope="col">{t('log_site')}</th>
                  <th scope="col">{t('log_action')}</th>
                  <th scope="col">{t('policy_level')}</th>
                  <th scope="col">{t('log_client')}</th>
                  <th scope="col">{t('log_choice')}</th>
                  <th scope="col">{t('log_note')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e, i) => (
                  <tr key={e.id ?? `${e.at}-${i}`} data-choice={e.choice}>
                    <td class="nowrap">{formatWhen(e.at)}</td>
                    <td>{PLATFORM_NAMES[e.platform]}</td>
                    <td>{RULE_NAMES[e.kind]}</td>
                    <td>{LEVEL_NAMES[e.level]}</td>
                    <td>{clientName(e.client)}</td>
                    <td>
                      <span class={`pill choice-${e.choice}`}>{CHOICE_NAMES[e.choice]}</span>
                    </td>
                    <td class="note">
                      {[e.person, e.reason ? t('log_reason', e.reason) : '', e.fallback ? t('log_fallback') : '']
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {pages > 1 && (
          <nav class="row pager" aria-label={t('log_pages')}>
            <button type="button" class="btn btn-small" disabled={current === 0} onClick={() => setPage(current - 1)}>
              {t('log_newer')}
            </button>
            <span class="small">{t('log_page', formatNumber(current + 1), formatNumber(pages))}</span>
            <button type="button" class="btn btn-small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              {t('log_older')}
            </button>
          </nav>
        )}
      </section>
      <section class="card" aria-labelledby={`${ids}-keep`}>
        <h3 id={`${ids}-keep`}>{t('log_keeping')}</h3>
        <div class="field">
          <label for={`${ids}-retention`}>{t('log_keepFor')}</label>
          {retentionLocked && <LockNote id={`${ids}-retention-lock`} by={by} />}
          <select
            id={`${ids}-retention`}
            value={String(settings.logRetentionDays)}
            data-setting="logRetentionDays"
            disabled={retentionLocked}
            aria-describedby={retentionLocked ? `${ids}-retention-hint ${ids}-retention-lock` : `${ids}-retention-hint`}
            onChange={(e) => setRetention(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {[...new Set([...RETENTION_DAYS, settings.logRetentionDays])]
              .sort((a, b) => a - b)
              .map((d) => (
                <option key={d} value={String(d)}>
                  {d === 90 ? t('log_recommended', t('log_days', d)) : t('log_days', d)}
                </option>
              ))}
          </select>
          <p class="hint" id={`${ids}-retention-hint`}>
            {t('log_retentionHint')}
          </p>
        </div>
        {namesLocked && <LockNote id={`${ids}-names-lock`} by={by} />}
        <Check
          checked={settings.logNames}
          disabled={namesLocked}
          describedBy={namesLocked ? `${ids}-names-lock` : undefined}
          data-setting="logNames"
          onChange={(on) => edit((s) => ({ ...s, logNames: on }))}
          hint={t('log_namesHint')}
        >
          {t('log_keepNames')}
        </Check>
      </section>
      <ConfirmDialog
        open={confirmClear}
        title={t('log_clearTitle')}
        confirmLabel={tn(entries?.length ?? 0, 'log_delete')}
        onCancel={() => setConfirmClear(false)}
        onConfirm={clear}
      >
        <p>{tn(entries?.length ?? 0, 'log_clearBody')}</p>
      </ConfirmDialog>
    </>
  );
}
