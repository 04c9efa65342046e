import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { t, tn, tParts } from '../../core/i18n';
import { SETTINGS_VERSION } from '../../policy/defaults';
import { applyManaged } from '../../policy/locks';
import { lockState, replaceClients } from '../../storage/clients';
import { Check, FileField } from '../shared/widgets';
import type { BackupProps } from './BackupPanel';
import { type Backup, describeChanges, heldByManaged, parseBackupFile, settingsFileTooLarge } from './backup';
import { useManaged } from './managed-ui';
import type { Problem } from './plain-issues';

/** The settings file import (DESIGN.md contract): a preview of what would change, then all or nothing. */
export function SettingsImport({ settings, clientCount, replaceSettings, importActive, onImportStart, onClientsChanged }: BackupProps) {
  const [preview, setPreview] = useState<{ file: string; backup: Backup; changes: string[]; held: string[]; version: unknown } | null>(
    null,
  );
  const { policy, by } = useManaged();
  const [replaceList, setReplaceList] = useState(true);
  const [message, setMessage] = useState<{ text: string; ok: boolean; problems?: Problem[] } | null>(null);
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
    // A client list chosen here by mistake is named as such, not as broken JSON.
    if (/\.(csv|tsv)$/i.test(file.name) || (!/^\s*[{[]/.test(text) && /^[^\n]*[,;\t]/.test(text))) {
      setMessage({ text: t('backup_notImported', file.name, t('backup_isCsv')), ok: false });
      clearInput();
      return;
    }
    const parsed = parseBackupFile(text);
    if (!parsed.ok) {
      // Each problem on its line, the field's path in small print after it.
      const problems = parsed.problems.length ? parsed.problems : undefined;
      setMessage({ text: t('backup_notImported', file.name, problems ? '' : parsed.error).trimEnd(), ok: false, problems });
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
      <FileField
        id="import-settings-file"
        label={t('backup_choose')}
        accept=".json,application/json"
        kind="settings"
        describedBy={`${ids}-hint`}
        inputRef={input}
        onChange={choose}
      />
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
            {shownMessage.problems?.map((p) => (
              <span class="problem" key={p.text}>
                {'\n'}
                {p.text}
                {p.path && ' '}
                {p.path && <small class="muted">({p.path})</small>}
              </span>
            ))}
          </p>
        )}
      </div>
    </section>
  );
}
