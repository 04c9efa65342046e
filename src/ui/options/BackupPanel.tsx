import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { t, tn, tParts } from '../../core/i18n';
import { defaultSettings, SETTINGS_VERSION } from '../../policy/defaults';
import { applyManaged } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { listClients, lockState, replaceClients } from '../../storage/clients';
import { downloadText, todayStamp } from '../shared/download';
import { Check, ConfirmDialog } from '../shared/widgets';
import { type Backup, backupFile, describeChanges, heldByManaged, parseBackupFile, settingsFileTooLarge } from './backup';
import { useManaged } from './managed-ui';
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
  const ids = useId();

  async function exportFile() {
    setExportError('');
    let clients = null;
    try {
      clients = withClients ? await listClients() : null;
    } catch (e) {
      setExportError(t('backup_notExported', (e as Error).message));
      return;
    }
    const name = withClients ? `boundary-guard-settings-with-clients-${todayStamp()}.json` : `boundary-guard-settings-${todayStamp()}.json`;
    downloadText(name, backupFile(settings, clients), 'application/json');
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
        <div role="status">{exportError && <p class="banner danger">{exportError}</p>}</div>
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

function SettingsImport({ settings, clientCount, replaceSettings, importActive, onImportStart, onClientsChanged }: BackupProps) {
  const [preview, setPreview] = useState<{ file: string; backup: Backup; changes: string[]; held: string[]; version: unknown } | null>(
    null,
  );
  const { policy, by } = useManaged();
  const [replaceList, setReplaceList] = useState(true);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();

  const clearInput = () => {
    if (input.current) input.current.value = '';
  };

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPreview(null);
    setMessage(null);
    if (!file) return;
    onImportStart();
    // A file far too large is refused from its size, before a byte of it is read.
    const tooLarge = settingsFileTooLarge(file.size);
    if (tooLarge) {
      setMessage({ text: t('backup_notImported', file.name, tooLarge), ok: false });
      clearInput();
      return;
    }
    const text = await file.text();
    const parsed = parseBackupFile(text);
    if (!parsed.ok) {
      setMessage({ text: t('backup_notImported', file.name, parsed.error), ok: false });
      clearInput();
      return;
    }
    let version: unknown;
    try {
      version = (JSON.parse(text) as { version?: unknown }).version;
    } catch {
      version = undefined;
    }
    setReplaceList(true);
    // What would change in force: the practice's managed parts hold whatever the file says (listed apart).
    const next = parsed.value.settings;
    setPreview({
      file: file.name,
      backup: parsed.value,
      changes: describeChanges(applyManaged(settings, policy), applyManaged(next, policy)),
      held: heldByManaged(next, policy),
      version,
    });
  }

  async function confirm() {
    if (!preview || busy) return;
    setBusy(true);
    try {
      // Checked before anything is written: a locked list cannot be replaced, and a half-applied import is worse than none.
      if (replaceList && preview.backup.clients && (await lockState()) === 'locked') {
        setMessage({ text: t('backup_locked'), ok: false });
        return;
      }
      const state = await replaceSettings(preview.backup.settings);
      if (state.status !== 'saved') {
        setMessage({ text: t('backup_nothingChanged', state.message || t('backup_notSaved')), ok: false });
        return;
      }
      const clients: Client[] | null = replaceList ? preview.backup.clients : null;
      if (clients) {
        await replaceClients(clients);
        onClientsChanged();
      }
      const said = [t('backup_imported', preview.file)];
      if (preview.version !== SETTINGS_VERSION) said.push(t('backup_migrated', String(preview.version)));
      if (clients) said.push(tn(clients.length, 'backup_listNow'));
      setMessage({ text: said.join(' '), ok: true });
      setPreview(null);
      clearInput();
    } catch (e) {
      setMessage({ text: t('backup_failed', (e as Error).message), ok: false });
    } finally {
      setBusy(false);
    }
  }

  const shown = importActive ? preview : null;
  const shownMessage = importActive ? message : null;
  return (
    <section class="card" aria-labelledby={`${ids}-import`} data-import-block="settings">
      <h3 id={`${ids}-import`}>{t('backup_import')}</h3>
      <p class="hint" id={`${ids}-hint`}>
        {t('backup_importHint')}
        {policy ? ` ${t('backup_importManaged', by)}` : ''}
      </p>
      <div class="field file-field">
        <label for="import-settings-file">{t('backup_choose')}</label>
        <input
          ref={input}
          id="import-settings-file"
          type="file"
          accept=".json,application/json"
          data-import="settings"
          aria-describedby={`${ids}-hint`}
          onChange={choose}
        />
      </div>
      {shown && (
        <div class="preview" data-import-preview="settings">
          <p class="preview-summary">
            {shown.changes.length
              ? tParts<ComponentChildren>('backup_changes', <strong>{shown.file}</strong>, tn(shown.changes.length, 'count_changes'))
              : tParts('backup_same', <strong>{shown.file}</strong>)}
          </p>
          {shown.changes.length > 0 && (
            <ul class="changes">
              {shown.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          {shown.held.length > 0 && (
            <div class="banner info small" data-import-held>
              <p>{t('backup_held', by, shown.held.join('; '))}</p>
            </div>
          )}
          {shown.backup.clients && (
            <Check checked={replaceList} onChange={setReplaceList} hint={t('backup_replaceHint', tn(clientCount, 'count_clients'))}>
              {tn(shown.backup.clients.length, 'backup_replace')}
            </Check>
          )}
          <div class="row">
            <button type="button" class="btn btn-primary" data-import-confirm onClick={confirm} disabled={busy}>
              {t('backup_apply')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                setPreview(null);
                setMessage({ text: t('backup_cancelled'), ok: true });
                clearInput();
              }}
            >
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {shownMessage && (
          <p class={`banner ${shownMessage.ok ? 'info' : 'danger'} pre-line`} data-import-result>
            {shownMessage.text}
          </p>
        )}
      </div>
    </section>
  );
}
