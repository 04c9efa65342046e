import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../background/protocol';
import { t } from '../../core/i18n';
import type { Settings } from '../../policy/schema';
import { browser } from '../../storage/browser';
import { listClients, lockState } from '../../storage/clients';
import { countLogSince } from '../../storage/db';
import { type Pauses, STORAGE_KEYS } from '../../storage/keys';
import { loadPauses, pausedUntil, pausePlatform, resumePlatform } from '../../storage/pauses';
import { loadEffectiveSettings } from '../../storage/settings';
import { Guarded } from './Guarded';
import { type PauseChoice, pauseEnd, startOfDay } from './pause';
import { findTarget, type Target } from './target';

function openOptions(event: Event) {
  event.preventDefault();
  browser.runtime.openOptionsPage().catch(() => {});
}

/** The options page at one of its parts: "#setup" (the first-run setup again), "#clients", "#diagnostics". tabs.create needs no permission. */
function openAt(hash: string) {
  browser.tabs
    .create({ url: browser.runtime.getURL(`/options.html#${hash}`) })
    .then(() => window.close())
    .catch(() => {});
}

/** How many clients are on the list (null: locked, so not known, or not read yet). */
function useClientCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    (async () => setCount((await lockState()) === 'locked' ? null : (await listClients()).length))().catch(() => setCount(null));
  }, []);
  return count;
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
  const clientCount = useClientCount();
  const [tabState, setTabState] = useState<TabState | undefined>(undefined);
  const tabId = target.kind === 'guarded' ? target.tabId : null;

  // The tab's state as its content script tells the background on every change (unlocked, resumed, re-checked).
  useEffect(() => {
    if (target.kind === 'guarded') setTabState(target.status.state);
    if (tabId === null) return;
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      const m = message as { type?: unknown; state?: TabState } | null;
      if (sender.id === browser.runtime.id && sender.tab?.id === tabId && m?.type === 'tab-state' && m.state) setTabState(m.state);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [target, tabId]);

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
        {/* On a guarded tab, the tab's problems say it (with the rest of what keeps guarding from working). */}
        {clientCount === 0 && tabState?.clients !== 'empty' && (
          <div class="banner small" data-no-clients>
            <p>
              <strong>{t('noClients_title')}</strong>{' '}
              <button type="button" class="btn btn-link btn-small" onClick={() => openAt('clients')}>
                {t('noClients_add')}
              </button>
            </p>
          </div>
        )}
        {target.kind === 'none' && (
          <section class="state" data-popup-state="unguarded">
            <h2>{t('popup_unguardedTitle')}</h2>
            <p>{t('popup_about')}</p>
            <p class="muted small">{t('popup_unguardedHint')}</p>
            <div class="row">
              <button type="button" class="btn btn-primary" onClick={() => openAt('setup')} data-popup-setup>
                {t('popup_setUp')}
              </button>
              <button type="button" class="btn" onClick={openOptions}>
                {t('popup_openSettings')}
              </button>
            </div>
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
            tabState={tabState}
            openOptions={openAt}
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
