import { useCallback, useEffect, useId, useMemo, useState } from 'preact/hooks';
import { LOG_ADDED } from '../../background/protocol';
import { formatNumber, t, tn } from '../../core/i18n';
import type { Settings } from '../../policy/schema';
import { browser } from '../../storage/browser';
import { clearLog, listLog, pruneLog } from '../../storage/db';
import { downloadText, todayStamp } from '../shared/download';
import { ConfirmDialog } from '../shared/widgets';
import type { Edit } from './edit';
import { LogFilters } from './LogFilters';
import { LogKeeping } from './LogKeeping';
import { type Entry, LogTable } from './LogTable';
import { LogWeeks } from './LogWeeks';
import { ALL, filterLog, type LogFilter, logToCsv, weeklyCounts } from './log-view';

/** Log rows per page: ten thousand entries never reach the DOM at once. */
export const LOG_PAGE = 50;

export function LogPanel({ visible, settings, edit }: { visible: boolean; settings: Settings; edit: Edit }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [filter, setFilter] = useState<LogFilter>(ALL);
  const [page, setPage] = useState(0);
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  const ids = useId();

  const load = useCallback(async () => {
    setEntries(await listLog());
  }, []);

  // The log is read when its tab is first opened, not with the page.
  useEffect(() => {
    if (visible && entries === null) load().catch((e) => setStatus(t('log_unreadable', (e as Error).message)));
  }, [visible, entries, load]);

  // Once read, it follows new entries as the background stores them.
  const opened = entries !== null;
  useEffect(() => {
    if (!opened) return;
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type === LOG_ADDED) load().catch(() => {});
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [opened, load]);

  const filtered = useMemo(() => (entries ? filterLog(entries, filter) : []), [entries, filter]);
  const weeks = useMemo(() => weeklyCounts(filtered), [filtered]);
  const pages = Math.max(1, Math.ceil(filtered.length / LOG_PAGE));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * LOG_PAGE, (current + 1) * LOG_PAGE);
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
        <LogWeeks weeks={weeks} loaded={entries !== null} filtering={filtering} />
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
        <LogFilters filter={filter} filtering={filtering} onChange={setFilterPart} />
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
        {rows.length > 0 && <LogTable rows={rows} />}
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
      <LogKeeping settings={settings} edit={edit} onRetention={setRetention} />
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
