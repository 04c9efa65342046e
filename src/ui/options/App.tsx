import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { formatNumber, t } from '../../core/i18n';
import { applyManaged } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { browser } from '../../storage/browser';
import { type LockState, listClients, lockState } from '../../storage/clients';
import { STORAGE_KEYS } from '../../storage/keys';
import { type TabDef, TabList, TabPanel } from '../shared/Tabs';
import { BackupPanel } from './BackupPanel';
import { ClientsPanel } from './ClientsPanel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { DocumentPanel } from './DocumentPanel';
import { LogPanel } from './LogPanel';
import { ManagedContext } from './managed-ui';
import { PolicyPanel } from './PolicyPanel';
import { Setup } from './Setup';
import { SettingsSync, type SyncState } from './settings-sync';

export type OptionsTab = 'policy' | 'clients' | 'log' | 'document' | 'backup' | 'diagnostics';
const TAB_IDS: readonly OptionsTab[] = ['policy', 'clients', 'log', 'document', 'backup', 'diagnostics'];

function tabFromHash(): OptionsTab {
  const id = location.hash.slice(1);
  return (TAB_IDS as readonly string[]).includes(id) ? (id as OptionsTab) : 'policy';
}

function useSettingsSync(): [SyncState, SettingsSync] {
  const sync = useMemo(() => new SettingsSync(), []);
  const [state, setState] = useState(sync.current);
  useEffect(() => {
    const unsubscribe = sync.subscribe(setState);
    sync.start().catch((e) => console.error('Boundary Guard: settings could not be loaded', e));
    // Leaving the page with a text edit still waiting: save it now.
    const flush = () => {
      sync.flush().catch(() => {});
    };
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      sync.stop();
      window.removeEventListener('pagehide', flush);
    };
  }, [sync]);
  return [state, sync];
}

/** The client list, read from the extension's IndexedDB, and read again whenever any page changes it (or locks or unlocks it). */
function useClients(): { clients: Client[]; loaded: boolean; lock: LockState; reload: () => void } {
  const [clients, setClients] = useState<Client[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [lock, setLock] = useState<LockState>('off');
  const reload = useCallback(() => {
    (async () => {
      const state = await lockState();
      const list = state === 'locked' ? [] : await listClients();
      setLock(state);
      setClients(list);
      setLoaded(true);
    })().catch((e) => console.error('Boundary Guard: client list could not be read', e));
  }, []);
  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && changes[STORAGE_KEYS.clientsRevision]) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);
  return { clients, loaded, lock, reload };
}

/** Whether to show the first-run setup: until it is saved or skipped once. */
function useSetup(): { show: boolean; markDone: () => void; close: () => void } {
  const [show, setShow] = useState(false);
  useEffect(() => {
    browser.storage.local
      .get(STORAGE_KEYS.setupDone)
      // "#setup" (the popup's "Set up") opens it again after it was done.
      .then((s) => setShow(s[STORAGE_KEYS.setupDone] !== true || location.hash === '#setup'))
      .catch(() => {});
  }, []);
  const markDone = useCallback(() => {
    browser.storage.local.set({ [STORAGE_KEYS.setupDone]: true }).catch(() => {});
  }, []);
  const close = useCallback(() => {
    setShow(false);
    markDone();
  }, [markDone]);
  return { show, markDone, close };
}

function SaveStatus({ state }: { state: SyncState }) {
  const text =
    state.status === 'loading'
      ? t('common_loading')
      : state.status === 'pending' || state.status === 'saving'
        ? t('app_saving')
        : state.status === 'saved'
          ? t('app_saved')
          : t('app_notSaved');
  return (
    <p class={`save-status ${state.status}`} data-save-status={state.status}>
      <span class="dot" aria-hidden="true" />
      {text}
    </p>
  );
}

export function OptionsApp() {
  const [state, sync] = useSettingsSync();
  const { clients, loaded, lock, reload } = useClients();
  const setup = useSetup();
  const [tab, setTabState] = useState<OptionsTab>(tabFromHash);
  const [activeImport, setActiveImport] = useState<'clients' | 'settings' | null>(null);
  const settings = state.settings;
  const managed = useContext(ManagedContext);
  // What is in force: the practice's managed parts over the therapist's own. Edits change only the latter.
  const effective = useMemo(() => applyManaged(settings, managed?.policy ?? null), [settings, managed]);

  const setTab = useCallback((id: OptionsTab) => {
    setTabState(id);
    history.replaceState(null, '', `#${id}`);
  }, []);

  useEffect(() => {
    const onHash = () => setTabState(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const edit = useCallback((change: (s: Settings) => Settings, delayMs?: number) => sync.edit(change, delayMs), [sync]);

  const tabs: TabDef<OptionsTab>[] = [
    { id: 'policy', label: t('tab_policy') },
    {
      id: 'clients',
      label: t('tab_clients'),
      badge: !loaded ? undefined : lock === 'locked' ? t('tab_locked') : formatNumber(clients.length),
    },
    { id: 'log', label: t('tab_log') },
    { id: 'document', label: t('tab_document') },
    { id: 'backup', label: t('tab_backup') },
    { id: 'diagnostics', label: t('tab_diagnostics') },
  ];

  return (
    <div class="app">
      <header class="app-header no-print">
        <div class="brand">
          <img src="/icon.svg" alt="" width={36} height={36} />
          <div>
            <h1>Boundary Guard</h1>
            <p class="tagline">{t('app_tagline')}</p>
          </div>
        </div>
        <SaveStatus state={state} />
      </header>
      <main class="content">
        {state.status === 'conflict' && (
          <div class="banner danger no-print sticky" role="alert" data-settings-conflict>
            <p>{state.message}</p>
            <div class="row">
              <button type="button" class="btn btn-primary" onClick={() => sync.resolve('theirs')}>
                {t('app_loadTheirs')}
              </button>
              <button type="button" class="btn" onClick={() => sync.resolve('mine')}>
                {t('app_keepMine')}
              </button>
            </div>
          </div>
        )}
        {state.status === 'error' && (
          <div class="banner danger no-print pre-line sticky" role="alert">
            <p>{t('app_lastNotSaved', state.message)}</p>
          </div>
        )}
        <div role="status" class="no-print">
          {state.external && state.message && <p class="banner info">{state.message}</p>}
        </div>
        {setup.show && state.status !== 'loading' && (
          <Setup
            settings={settings}
            onSave={(next) => {
              sync.replace(next).then(setup.markDone, () => {});
            }}
            onClose={setup.close}
            clientCount={lock === 'locked' ? 1 : clients.length}
            onGoTo={(where) => {
              setTab(where === 'policy' ? 'policy' : 'clients');
              // After the tab shows: the import's file field, or the add-a-client form.
              requestAnimationFrame(() => {
                if (where === 'add') document.querySelector<HTMLButtonElement>('[data-add-client]')?.click();
                if (where === 'import') {
                  const field = document.getElementById('import-clients-file');
                  field?.scrollIntoView({ block: 'center' });
                  field?.focus();
                }
              });
            }}
          />
        )}
        {loaded && lock !== 'locked' && clients.length === 0 && (
          <div class="banner warning no-print" data-no-clients>
            <p>
              <strong>{t('noClients_title')}</strong> {t('noClients_text')}
            </p>
            {tab !== 'clients' && (
              <button type="button" class="btn btn-small" onClick={() => setTab('clients')}>
                {t('noClients_add')}
              </button>
            )}
          </div>
        )}
        <nav class="no-print" aria-label={t('app_sections')}>
          <TabList tabs={tabs} selected={tab} onSelect={setTab} label={t('app_tabsLabel')} />
        </nav>
        <TabPanel id="policy" selected={tab === 'policy'}>
          <PolicyPanel settings={effective} edit={edit} />
        </TabPanel>
        <TabPanel id="clients" selected={tab === 'clients'}>
          <ClientsPanel
            clients={clients}
            loaded={loaded}
            lock={lock}
            importActive={activeImport === 'clients'}
            onImportStart={() => {
              setActiveImport('clients');
              setTab('clients');
            }}
            onChanged={reload}
          />
        </TabPanel>
        <TabPanel id="log" selected={tab === 'log'}>
          <LogPanel visible={tab === 'log'} settings={effective} edit={edit} />
        </TabPanel>
        <TabPanel id="document" selected={tab === 'document'}>
          <DocumentPanel settings={effective} edit={edit} onEditPolicy={() => setTab('policy')} />
        </TabPanel>
        <TabPanel id="backup" selected={tab === 'backup'}>
          <BackupPanel
            settings={settings}
            clientCount={clients.length}
            clientsLocked={lock === 'locked'}
            replaceSettings={(next) => sync.replace(next)}
            importActive={activeImport === 'settings'}
            onImportStart={() => {
              setActiveImport('settings');
              setTab('backup');
            }}
            onClientsChanged={reload}
          />
        </TabPanel>
        <TabPanel id="diagnostics" selected={tab === 'diagnostics'}>
          <DiagnosticsPanel visible={tab === 'diagnostics'} />
        </TabPanel>
      </main>
    </div>
  );
}
