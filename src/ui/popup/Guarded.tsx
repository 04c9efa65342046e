import type { GuardStatus, TabState } from '../../background/protocol';
import { formatNumber, t, tn } from '../../core/i18n';
import { PLATFORM_NAMES } from '../../core/vocabulary';
import type { Settings } from '../../policy/schema';
import { guardedRules } from '../shared/platform-rules';
import { PauseBox } from './PauseBox';
import type { PauseChoice } from './pause';
import { hasProblems, TabProblems } from './TabProblems';

/** "Confirm", "Confirm, clients only", "Block (X only)". */
function levelLine(level: string, clientsOnly: boolean, siteOnly: boolean, site: string): string {
  const line = clientsOnly ? t('popup_levelClients', level) : level;
  return siteOnly ? t('popup_levelSiteOnly', line, site) : line;
}

export function Guarded({
  platform,
  host,
  settings,
  until,
  ended,
  now,
  today,
  busy,
  onPause,
  onResume,
  tabState,
  openOptions,
}: {
  platform: GuardStatus['platform'];
  host: string;
  settings: Settings;
  until: number | null;
  ended: number | null;
  now: number;
  today: { here: number; all: number } | null;
  busy: boolean;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
  /** What the tab's content script says of its guard (the toolbar badge's state). */
  tabState: TabState | undefined;
  openOptions: (hash: string) => void;
}) {
  const name = PLATFORM_NAMES[platform];
  const rules = guardedRules(settings, platform);
  const off = !settings.platforms[platform];
  const state = off ? 'off' : until !== null ? 'paused' : 'guarding';
  const limited = state === 'guarding' && hasProblems(tabState);
  const guardedList = rules.length ? (
    <ul class="rules-list" data-guarded-actions>
      {rules.map((r) => (
        <li key={r.key} data-rule={r.key}>
          <span>{r.name}</span>
          <span class="muted small level">{levelLine(r.levelName, r.scope === 'client', r.siteOnly, name)}</span>
        </li>
      ))}
    </ul>
  ) : (
    <p class="muted">{t('popup_allOff', name)}</p>
  );
  return (
    <section class="state" data-popup-state={state} data-platform={platform}>
      <div class="site-line">
        <div>
          <h2>{name}</h2>
          <p class="muted small host">{host}</p>
        </div>
        <span class={`status-pill ${limited ? 'limited' : state}`} data-status>
          {t(
            state === 'off'
              ? 'popup_statusOff'
              : state === 'paused'
                ? 'popup_statusPaused'
                : limited
                  ? 'popup_statusLimited'
                  : 'popup_statusGuarding',
          )}
        </span>
      </div>

      {off ? (
        <p data-off-note>{t('popup_offNote', name)}</p>
      ) : until !== null ? (
        // While paused, the pause comes first; the levels are not in force, so they are not listed.
        <PauseBox until={until} ended={ended} now={now} busy={busy} onPause={onPause} onResume={onResume} />
      ) : (
        <>
          {tabState && hasProblems(tabState) && <TabProblems state={tabState} openOptions={openOptions} />}
          {tabState && hasProblems(tabState) ? (
            // With problems to say, the levels fold away so that the whole popup still fits Chrome's 600 px.
            <details class="guarded-fold" data-guarded-fold>
              <summary>
                <h3>{t('popup_guardedHere')}</h3>
              </summary>
              {guardedList}
            </details>
          ) : (
            <>
              <h3>{t('popup_guardedHere')}</h3>
              {guardedList}
            </>
          )}
          <p class="today" data-reminders-today>
            {today === null
              ? ' '
              : today.all !== today.here
                ? tn(today.here, 'popup_todayAll', name, formatNumber(today.all))
                : tn(today.here, 'popup_today', name)}
          </p>
          <PauseBox until={until} ended={ended} now={now} busy={busy} onPause={onPause} onResume={onResume} />
        </>
      )}
    </section>
  );
}
