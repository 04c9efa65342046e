import { useCallback, useEffect, useState } from 'preact/hooks';
import { GUARD_STATUS, type GuardStatus } from '../../background/protocol';
import { formatNumber, t, tn } from '../../core/i18n';
import { PLATFORM_NAMES, PLATFORMS } from '../../core/vocabulary';
import type { Settings } from '../../policy/schema';
import { browser } from '../../storage/browser';
import { countLogSince } from '../../storage/db';
import { type Pauses, STORAGE_KEYS } from '../../storage/keys';
import { loadPauses, pausedUntil, pausePlatform, resumePlatform } from '../../storage/pauses';
import { loadEffectiveSettings } from '../../storage/settings';
import { guardedRules } from '../shared/platform-rules';
import { describeEnd, PAUSE_CHOICES, type PauseChoice, pauseEnd, startOfDay } from './pause';

type Target = { kind: 'loading' } | { kind: 'none' } | { kind: 'guarded'; status: GuardStatus };

function isStatus(value: unknown): value is GuardStatus {
  const v = value as GuardStatus | null;
  return typeof v === 'object' && v !== null && (PLATFORMS as readonly string[]).includes(v.platform) && typeof v.host === 'string';
}

/**
 * Which tab to describe: the active one, or (for end-to-end tests, which open
 * the popup as a page) the tab named by ?tab=ID. Its content script says which
 * platform it guards; a tab without one does not answer, and nothing is guarded there.
 */
async function findTarget(): Promise<Target> {
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = forced > 0 ? forced : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { kind: 'none' };
  try {
    const status: unknown = await browser.tabs.sendMessage(tabId, { type: GUARD_STATUS }, { frameId: 0 });
    return isStatus(status) ? { kind: 'guarded', status } : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}

function openOptions(event: Event) {
  event.preventDefault();
  browser.runtime.openOptionsPage().catch(() => {});
}

export function Popup() {
  const [target, setTarget] = useState<Target>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pauses, setPauses] = useState<Pauses>({});
  const [today, setToday] = useState<{ here: number; all: number } | null>(null);
  const [now, setNow] = useState(Date.now());
  const [ended, setEnded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const platform = target.kind === 'guarded' ? target.status.platform : null;

  useEffect(() => {
    findTarget().then(setTarget);
    loadEffectiveSettings().then(setSettings);
    loadPauses().then(setPauses);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      // The levels shown are the ones in force: the therapist's own, with the practice's managed parts over them.
      if (changes[STORAGE_KEYS.settings] || changes[STORAGE_KEYS.managed]) loadEffectiveSettings().then(setSettings);
      if (changes[STORAGE_KEYS.pauses]) setPauses((changes[STORAGE_KEYS.pauses]?.newValue as Pauses | undefined) ?? {});
    };
    browser.storage.onChanged.addListener(onChanged);
    // The clock moves while the popup is open: the pause line and "today" follow it.
    const tick = setInterval(() => setNow(Date.now()), 15_000);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(tick);
    };
  }, []);

  const refreshCounts = useCallback(() => {
    if (!platform) return;
    const since = startOfDay(Date.now());
    Promise.all([countLogSince(since, platform), countLogSince(since)])
      .then(([here, all]) => setToday({ here, all }))
      .catch(() => setToday(null));
  }, [platform]);

  useEffect(refreshCounts, [refreshCounts]);

  const until = platform ? pausedUntil(pauses, platform, now) : null;

  // A pause ends by itself (content scripts compare the time); the popup notices at that moment and says so.
  useEffect(() => {
    if (until === null) return;
    const timer = setTimeout(
      () => {
        setEnded(until);
        setNow(Date.now());
      },
      Math.max(0, until - Date.now() + 50),
    );
    return () => clearTimeout(timer);
  }, [until]);

  async function pause(choice: PauseChoice) {
    if (!platform) return;
    setBusy(true);
    setEnded(null);
    await pausePlatform(platform, pauseEnd(choice, Date.now()));
    setNow(Date.now());
    setBusy(false);
  }

  async function resume() {
    if (!platform) return;
    setBusy(true);
    await resumePlatform(platform);
    setEnded(null);
    setNow(Date.now());
    setBusy(false);
  }

  return (
    <div class="popup">
      <header class="popup-header">
        <img src="/icon.svg" alt="" width={28} height={28} />
        <h1>Boundary Guard</h1>
      </header>
      <main>
        {target.kind === 'loading' && <p class="muted">{t('popup_looking')}</p>}
        {target.kind === 'none' && (
          <section class="state" data-popup-state="unguarded">
            <h2>{t('popup_unguardedTitle')}</h2>
            <p class="muted">{t('popup_unguardedHint')}</p>
          </section>
        )}
        {target.kind === 'guarded' && platform && settings && (
          <Guarded
            platform={platform}
            host={target.status.host}
            settings={settings}
            until={until}
            ended={until === null ? ended : null}
            now={now}
            today={today}
            busy={busy}
            onPause={pause}
            onResume={resume}
          />
        )}
      </main>
      <footer class="popup-footer">
        <a href={browser.runtime.getURL('/options.html')} onClick={openOptions} data-open-options>
          {t('popup_openSettings')}
        </a>
      </footer>
    </div>
  );
}

/** "Confirm", "Confirm, clients only", "Block (X only)". */
function levelLine(level: string, clientsOnly: boolean, siteOnly: boolean, site: string): string {
  const line = clientsOnly ? t('popup_levelClients', level) : level;
  return siteOnly ? t('popup_levelSiteOnly', line, site) : line;
}

function Guarded({
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
}) {
  const name = PLATFORM_NAMES[platform];
  const rules = guardedRules(settings, platform);
  const off = !settings.platforms[platform];
  const state = off ? 'off' : until !== null ? 'paused' : 'guarding';
  return (
    <section class="state" data-popup-state={state} data-platform={platform}>
      <div class="site-line">
        <div>
          <h2>{name}</h2>
          <p class="muted small host">{host}</p>
        </div>
        <span class={`status-pill ${state}`} data-status>
          {t(state === 'off' ? 'popup_statusOff' : state === 'paused' ? 'popup_statusPaused' : 'popup_statusGuarding')}
        </span>
      </div>

      {off ? (
        <p data-off-note>{t('popup_offNote', name)}</p>
      ) : (
        <>
          <h3>{t('popup_guardedHere')}</h3>
          {rules.length ? (
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
          )}
          <p class="today" data-reminders-today>
            {today === null
              ? ' '
              : today.all !== today.here
                ? tn(today.here, 'popup_todayAll', name, formatNumber(today.all))
                : tn(today.here, 'popup_today', name)}
          </p>

          <section class="pause-box" aria-labelledby="pause-title">
            <h3 id="pause-title">{t('popup_pauseTitle')}</h3>
            <div role="status" aria-live="polite">
              {until !== null ? (
                <p class="paused-note" data-paused-until={until}>
                  {t('popup_pausedUntil', describeEnd(until, now))}
                </p>
              ) : ended !== null ? (
                <p class="resumed-note" data-pause-ended>
                  {t('popup_pauseEnded', describeEnd(ended, ended - 1))}
                </p>
              ) : null}
            </div>
            {until !== null ? (
              <button type="button" class="btn btn-primary" onClick={onResume} disabled={busy} data-resume>
                {t('popup_resume')}
              </button>
            ) : (
              <div class="pause-buttons">
                {PAUSE_CHOICES.map((c) => (
                  <button key={c.id} type="button" class="btn" onClick={() => onPause(c.id)} disabled={busy} data-pause={c.id}>
                    <span class="visually-hidden">{t(c.prefix)} </span>
                    {t(c.label)}
                  </button>
                ))}
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
