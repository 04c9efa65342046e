import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { Choice, LogEntry } from '../../guard/log';
import { settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { ACTION_KINDS, type ActionKind, LEVEL_NAMES, PLATFORM_NAMES, PLATFORMS, type Platform, RULE_NAMES } from '../../policy/vocabulary';
import { clearLog, listLog, pruneLog } from '../../storage/db';
import { downloadText, todayStamp } from '../shared/download';
import { Check, ConfirmDialog, plural, ScrollRegion } from '../shared/widgets';
import { ALL, CHOICE_NAMES, filterLog, formatWhen, type LogFilter, logToCsv, weeklyCounts } from './log-view';
import { LockNote, useManaged } from './managed-ui';

/** Log rows per page: ten thousand entries never reach the DOM at once. */
export const LOG_PAGE = 50;
const WEEKS_SHOWN = 12;
export const RETENTION_DAYS = [30, 90, 180, 365, 730] as const;

type Edit = (change: (s: Settings) => Settings, delayMs?: number) => void;
type Entry = LogEntry & { id?: number };

const CHOICES = Object.keys(CHOICE_NAMES) as Choice[];
const CLIENT_NAMES = { yes: 'Yes', possible: 'Maybe', no: '' } as const;

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
    if (visible && entries === null) load().catch((e) => setStatus(`The log could not be read: ${(e as Error).message}`));
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
    setStatus('The log was cleared.');
  }

  async function setRetention(days: number) {
    edit((s) => ({ ...s, logRetentionDays: days }));
    const removed = await pruneLog(days);
    if (removed) await load();
    setStatus(
      removed ? `${plural(removed, 'entry', 'entries')} older than ${days} days deleted.` : `Entries are now kept for ${days} days.`,
    );
  }

  return (
    <>
      <div class="panel-intro">
        <h2>Log</h2>
        <p class="muted">
          Every reminder shown and the choice you made, kept only in this browser. Names are not kept unless you turn that on below.
        </p>
      </div>
      <section class="card" aria-labelledby={`${ids}-weeks`}>
        <h3 id={`${ids}-weeks`}>Stopped and proceeded, per week{filtering ? ' (filtered)' : ''}</h3>
        {entries === null ? (
          <p class="muted">Loading…</p>
        ) : weeks.length === 0 ? (
          <p class="muted">No reminders {filtering ? 'match the filter' : 'yet'}.</p>
        ) : (
          <>
            <ScrollRegion label="Stopped and proceeded per week">
              <table class="weeks" data-log-weeks>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Stopped</th>
                    <th scope="col">Proceeded</th>
                    <th scope="col">Notices</th>
                    <th scope="col">
                      <span class="visually-hidden">Chart</span>
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
                {allWeeks ? 'Show the last 12 weeks' : `Show all ${weeks.length} weeks`}
              </button>
            )}
            <p class="hint">
              Bars: <span class="key stopped" aria-hidden="true" /> stopped, <span class="key proceeded" aria-hidden="true" /> proceeded.
              “Stopped” includes actions your policy blocked.
            </p>
          </>
        )}
      </section>
      <section class="card" aria-labelledby={`${ids}-entries`}>
        <div class="row spread">
          <h3 id={`${ids}-entries`}>Entries</h3>
          <div class="row">
            <button type="button" class="btn btn-small" onClick={() => load()}>
              Refresh
            </button>
            <button
              type="button"
              class="btn btn-small"
              disabled={filtered.length === 0}
              onClick={() => downloadText(`boundary-guard-log-${todayStamp()}.csv`, logToCsv(filtered), 'text/csv')}
            >
              Export CSV{filtering ? ' (filtered)' : ''}
            </button>
            <button type="button" class="btn btn-small" disabled={!entries?.length} onClick={() => setConfirmClear(true)}>
              Clear log…
            </button>
          </div>
        </div>
        <fieldset class="filters row plain">
          <legend class="visually-hidden">Filter the log</legend>
          <label class="inline-field">
            <span class="label small">Site</span>
            <select
              value={filter.platform}
              data-log-filter="platform"
              onChange={(e) => setFilterPart({ platform: (e.currentTarget as HTMLSelectElement).value as Platform | 'all' })}
            >
              <option value="all">All sites</option>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_NAMES[p]}
                </option>
              ))}
            </select>
          </label>
          <label class="inline-field">
            <span class="label small">Action</span>
            <select
              value={filter.kind}
              data-log-filter="kind"
              onChange={(e) => setFilterPart({ kind: (e.currentTarget as HTMLSelectElement).value as ActionKind | 'all' })}
            >
              <option value="all">All actions</option>
              {ACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RULE_NAMES[k]}
                </option>
              ))}
            </select>
          </label>
          <label class="inline-field">
            <span class="label small">Choice</span>
            <select
              value={filter.choice}
              data-log-filter="choice"
              onChange={(e) => setFilterPart({ choice: (e.currentTarget as HTMLSelectElement).value as Choice | 'all' })}
            >
              <option value="all">All choices</option>
              {CHOICES.map((c) => (
                <option key={c} value={c}>
                  {CHOICE_NAMES[c]}
                </option>
              ))}
            </select>
          </label>
          {filtering && (
            <button type="button" class="btn btn-link btn-small" onClick={() => setFilterPart(ALL)}>
              Show all
            </button>
          )}
        </fieldset>
        <p class="hint" role="status" aria-live="polite" data-log-count>
          {entries === null
            ? ''
            : filtered.length
              ? `${(current * LOG_PAGE + 1).toLocaleString('en-US')}–${(current * LOG_PAGE + rows.length).toLocaleString('en-US')} of ${plural(filtered.length, 'entry', 'entries')}, newest first.`
              : filtering
                ? 'No entries match the filter.'
                : 'The log is empty.'}
          {status && ` ${status}`}
        </p>
        {rows.length > 0 && (
          <ScrollRegion label="Log entries">
            <table class="log" data-log-table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Site</th>
                  <th scope="col">Action</th>
                  <th scope="col">Level</th>
                  <th scope="col">Client</th>
                  <th scope="col">Choice</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e, i) => (
                  <tr key={e.id ?? `${e.at}-${i}`} data-choice={e.choice}>
                    <td class="nowrap">{formatWhen(e.at)}</td>
                    <td>{PLATFORM_NAMES[e.platform]}</td>
                    <td>{RULE_NAMES[e.kind]}</td>
                    <td>{LEVEL_NAMES[e.level]}</td>
                    <td>{CLIENT_NAMES[e.client]}</td>
                    <td>
                      <span class={`pill choice-${e.choice}`}>{CHOICE_NAMES[e.choice]}</span>
                    </td>
                    <td class="note">
                      {[e.person, e.reason ? `Reason: ${e.reason}` : '', e.fallback ? 'plain confirm (after an error)' : '']
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
          <nav class="row pager" aria-label="Log pages">
            <button type="button" class="btn btn-small" disabled={current === 0} onClick={() => setPage(current - 1)}>
              Newer
            </button>
            <span class="small">
              Page {current + 1} of {pages}
            </span>
            <button type="button" class="btn btn-small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
              Older
            </button>
          </nav>
        )}
      </section>
      <section class="card" aria-labelledby={`${ids}-keep`}>
        <h3 id={`${ids}-keep`}>Keeping the log</h3>
        <div class="field">
          <label for={`${ids}-retention`}>Keep entries for</label>
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
                  {d} days{d === 90 ? ' (recommended)' : ''}
                </option>
              ))}
          </select>
          <p class="hint" id={`${ids}-retention-hint`}>
            Older entries are deleted; a shorter period deletes them right away.
          </p>
        </div>
        {namesLocked && <LockNote id={`${ids}-names-lock`} by={by} />}
        <Check
          checked={settings.logNames}
          disabled={namesLocked}
          describedBy={namesLocked ? `${ids}-names-lock` : undefined}
          data-setting="logNames"
          onChange={(on) => edit((s) => ({ ...s, logNames: on }))}
          hint="Off by default: the log then says only whether the person was on your client list."
        >
          Keep the other person’s name in the log
        </Check>
      </section>
      <ConfirmDialog
        open={confirmClear}
        title="Clear the whole log?"
        confirmLabel={`Delete ${plural(entries?.length ?? 0, 'entry', 'entries')}`}
        onCancel={() => setConfirmClear(false)}
        onConfirm={clear}
      >
        <p>
          All {plural(entries?.length ?? 0, 'entry', 'entries')} and the weekly counts are deleted from this browser. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
