import { useId, useRef, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { defaultSettings, SETTINGS_VERSION } from '../../policy/defaults';
import { applyManaged } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { listClients, lockState, replaceClients } from '../../storage/clients';
import { downloadText, todayStamp } from '../shared/download';
import { Check, ConfirmDialog, plural } from '../shared/widgets';
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
      setExportError(`Nothing was exported: ${(e as Error).message}`);
      return;
    }
    const name = withClients ? `boundary-guard-settings-with-clients-${todayStamp()}.json` : `boundary-guard-settings-${todayStamp()}.json`;
    downloadText(name, backupFile(settings, clients), 'application/json');
  }

  return (
    <>
      <div class="panel-intro">
        <h2>Settings file</h2>
        <p class="muted">Move your policy to another browser or keep a copy. The file is saved on this computer; nothing is uploaded.</p>
      </div>
      <section class="card" aria-labelledby={`${ids}-export`}>
        <h3 id={`${ids}-export`}>Export</h3>
        <Check
          checked={withClients}
          onChange={setWithClients}
          data-export-clients
          hint={
            props.clientsLocked
              ? 'Your client list is locked: unlock it on the Clients tab to export it.'
              : `Sensitive: the file will hold the names and handles of ${plural(clientCount, 'client')}. Store it as you would a client record, and do not email it.`
          }
        >
          Include my client list <span class="pill sensitive">sensitive</span>
        </Check>
        <button type="button" class="btn btn-primary" onClick={exportFile} data-export-settings>
          {withClients ? 'Export settings and client list' : 'Export settings'}
        </button>
        <div role="status">{exportError && <p class="banner danger">{exportError}</p>}</div>
      </section>
      <SettingsImport {...props} />
      <section class="card" aria-labelledby={`${ids}-reset`}>
        <h3 id={`${ids}-reset`}>Start over</h3>
        <p class="hint">Puts back the standard policy and levels. Your client list and log stay as they are.</p>
        <button type="button" class="btn" onClick={() => setConfirmReset(true)}>
          Restore the standard policy…
        </button>
        <div role="status">{resetMessage && <p class="banner info">{resetMessage}</p>}</div>
      </section>
      <ConfirmDialog
        open={confirmReset}
        title="Restore the standard policy?"
        confirmLabel="Restore"
        onCancel={() => setConfirmReset(false)}
        onConfirm={async () => {
          setConfirmReset(false);
          const keep = settings.practice;
          const state = await replaceSettings({ ...defaultSettings(), practice: keep });
          setResetMessage(state.status === 'saved' ? 'The standard policy is back.' : `Nothing changed: ${state.message}`);
        }}
      >
        <p>Your own wording of the clauses and your levels are replaced by the standard ones. Practice details are kept.</p>
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
      setMessage({ text: `Nothing changed: ${file.name} was not imported.\n${tooLarge}`, ok: false });
      clearInput();
      return;
    }
    const text = await file.text();
    const parsed = parseBackupFile(text);
    if (!parsed.ok) {
      setMessage({ text: `Nothing changed: ${file.name} was not imported.\n${parsed.error}`, ok: false });
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
        setMessage({
          text: 'Nothing changed: your client list is locked. Unlock it on the Clients tab first, then import again.',
          ok: false,
        });
        return;
      }
      const state = await replaceSettings(preview.backup.settings);
      if (state.status !== 'saved') {
        setMessage({ text: `Nothing changed: ${state.message || 'the settings could not be saved.'}`, ok: false });
        return;
      }
      const clients: Client[] | null = replaceList ? preview.backup.clients : null;
      if (clients) {
        await replaceClients(clients);
        onClientsChanged();
      }
      const migrated =
        preview.version !== SETTINGS_VERSION
          ? ` The file was made by an older version (${String(preview.version)}) and was brought up to date.`
          : '';
      setMessage({
        text: `Settings imported from ${preview.file}.${migrated}${clients ? ` Your client list now holds the ${plural(clients.length, 'client')} from the file.` : ''}`,
        ok: true,
      });
      setPreview(null);
      clearInput();
    } catch (e) {
      setMessage({ text: `Import failed: ${(e as Error).message}`, ok: false });
    } finally {
      setBusy(false);
    }
  }

  const shown = importActive ? preview : null;
  const shownMessage = importActive ? message : null;
  return (
    <section class="card" aria-labelledby={`${ids}-import`} data-import-block="settings">
      <h3 id={`${ids}-import`}>Import</h3>
      <p class="hint" id={`${ids}-hint`}>
        A Boundary Guard settings file (.json). Files from older versions are brought up to date. You see what would change before anything
        does; a file with any problem changes nothing.{policy ? ` An import never changes what ${by} sets.` : ''}
      </p>
      <div class="field file-field">
        <label for="import-settings-file">Choose a settings file</label>
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
            <strong>{shown.file}</strong>:{' '}
            {shown.changes.length ? `${plural(shown.changes.length, 'change')} to your settings.` : 'the same settings as you have now.'}
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
              <p>
                Set by {by}, so this file cannot change: {shown.held.join('; ')}. Those stay as {by} sets them; the file’s values are kept
                underneath and apply only if {by} stops setting them.
              </p>
            </div>
          )}
          {shown.backup.clients && (
            <Check
              checked={replaceList}
              onChange={setReplaceList}
              hint={`Your list now holds ${plural(clientCount, 'client')}; they are replaced, not merged.`}
            >
              Replace my client list with the {plural(shown.backup.clients.length, 'client')} in this file
            </Check>
          )}
          <div class="row">
            <button type="button" class="btn btn-primary" data-import-confirm onClick={confirm} disabled={busy}>
              Apply these settings
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                setPreview(null);
                setMessage({ text: 'Import cancelled. Nothing changed.', ok: true });
                clearInput();
              }}
            >
              Cancel
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
