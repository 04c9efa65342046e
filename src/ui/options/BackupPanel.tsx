import { useId, useState } from 'preact/hooks';
import { t, tn } from '../../core/i18n';
import { defaultSettings } from '../../policy/defaults';
import type { Settings } from '../../policy/schema';
import { listClients } from '../../storage/clients';
import { downloadText, todayStamp } from '../shared/download';
import { Check, ConfirmDialog } from '../shared/widgets';
import { backupFile } from './backup';
import { SettingsImport } from './SettingsImport';
import type { SyncState } from './settings-sync';

export interface BackupProps {
  settings: Settings;
  clientCount: number;
  /** The client list is locked with a passphrase (it can be neither exported nor replaced until unlocked). */
  clientsLocked?: boolean;
  /** Replaces all settings at once; resolves with the sync state after the write (or the refusal). */
  replaceSettings: (next: Settings) => Promise<SyncState>;
  importActive: boolean;
  onImportStart: () => void;
  onClientsChanged: () => void;
}

/** Settings file export and import (JSON, DESIGN.md contract), and a way back to the seed policy. */
export function BackupPanel(props: BackupProps) {
  const { settings, clientCount, replaceSettings } = props;
  const [withClients, setWithClients] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetMessage, setResetMessage] = useState('');
  const [exportError, setExportError] = useState('');
  const [exported, setExported] = useState('');
  const ids = useId();

  async function exportFile() {
    setExportError('');
    setExported('');
    let clients = null;
    try {
      clients = withClients ? await listClients() : null;
    } catch (e) {
      setExportError(t('backup_notExported', (e as Error).message));
      return;
    }
    const name = withClients ? `boundary-guard-settings-with-clients-${todayStamp()}.json` : `boundary-guard-settings-${todayStamp()}.json`;
    downloadText(name, backupFile(settings, clients), 'application/json');
    setExported(t('backup_exportedTo', name));
  }

  return (
    <>
      <div class="panel-intro">
        <h2>{t('tab_backup')}</h2>
        <p class="muted">{t('backup_intro')}</p>
      </div>
      <section class="card" aria-labelledby={`${ids}-export`}>
        <h3 id={`${ids}-export`}>{t('backup_export')}</h3>
        <Check
          checked={withClients}
          onChange={setWithClients}
          data-export-clients
          hint={props.clientsLocked ? t('backup_lockedHint') : t('backup_sensitiveHint', tn(clientCount, 'count_clients'))}
        >
          {t('backup_includeClients')} <span class="pill sensitive">{t('backup_sensitive')}</span>
        </Check>
        <button type="button" class="btn btn-primary" onClick={exportFile} data-export-settings>
          {t(withClients ? 'backup_exportAll' : 'backup_exportSettings')}
        </button>
        <div role="status">
          {exportError && <p class="banner danger">{exportError}</p>}
          {exported && (
            <p class="banner info" data-exported>
              {exported}
            </p>
          )}
        </div>
      </section>
      <SettingsImport {...props} />
      <section class="card" aria-labelledby={`${ids}-reset`}>
        <h3 id={`${ids}-reset`}>{t('backup_startOver')}</h3>
        <p class="hint">{t('backup_startOverHint')}</p>
        <button type="button" class="btn" onClick={() => setConfirmReset(true)}>
          {t('backup_restoreButton')}
        </button>
        <div role="status">{resetMessage && <p class="banner info">{resetMessage}</p>}</div>
      </section>
      <ConfirmDialog
        open={confirmReset}
        title={t('backup_restoreTitle')}
        confirmLabel={t('backup_restore')}
        onCancel={() => setConfirmReset(false)}
        onConfirm={async () => {
          setConfirmReset(false);
          const keep = settings.practice;
          const state = await replaceSettings({ ...defaultSettings(), practice: keep });
          setResetMessage(state.status === 'saved' ? t('backup_restored') : t('backup_nothingChanged', state.message));
        }}
      >
        <p>{t('backup_restoreBody')}</p>
      </ConfirmDialog>
    </>
  );
}
