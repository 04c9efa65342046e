import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { csvTooLarge, type ClientImport as Preview, parseClientsCsv, type RejectedRow } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { formatNumber, t, tn, tParts } from '../../core/i18n';
import { PLATFORM_NAMES, PLATFORMS } from '../../core/vocabulary';
import { listClients, newClientId, saveClients } from '../../storage/clients';
import { FileField, ScrollRegion } from '../shared/widgets';

/** How many rows of each kind the preview lists; the counts are always complete. */
const PREVIEW_ROWS = 200;

export function rejectedSummary(rejected: readonly RejectedRow[], max = 20): string {
  if (rejected.length === 0) return '';
  const shown = rejected
    .slice(0, max)
    .map((r) => (r.name ? t('import_lineNamed', r.line, r.name, r.reason) : t('import_line', r.line, r.reason)));
  if (rejected.length > max) shown.push(t('import_andMore', rejected.length - max));
  return `${shown.join('; ')}.`;
}

/**
 * CSV import (DESIGN.md contract): the file input is in the page from the
 * start; choosing a file shows what will be added and what is rejected and
 * why; nothing is stored until [data-import-confirm]; [data-import-result]
 * says what happened. Only one import (this or the settings file) shows a
 * preview or a result at a time, so those selectors are never ambiguous.
 */
export function ClientImport({ active, onStart, onDone }: { active: boolean; onStart: () => void; onDone: () => void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [fileName, setFileName] = useState('');
  const [message, setMessage] = useState<{ text: string; rejected?: readonly RejectedRow[]; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useRef('');
  const input = useRef<HTMLInputElement>(null);

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPreview(null);
    setMessage(null);
    if (!file) return;
    onStart();
    setFileName(file.name);
    // Refused from its size alone, before it is read: a 50 MB file never reaches the parser.
    const refusal = csvTooLarge(file.size);
    let existing: Client[] = [];
    try {
      if (refusal) throw new Error(refusal);
      existing = await listClients();
    } catch (e) {
      setMessage({ text: t('import_nothingFrom', file.name, (e as Error).message), ok: false });
      clearInput();
      return;
    }
    text.current = await file.text();
    const parsed = parseClientsCsv(text.current, existing);
    if (!parsed.ok) {
      setMessage({ text: t('import_nothingFrom', file.name, parsed.error), ok: false });
      clearInput();
      return;
    }
    setPreview(parsed.value);
    if (parsed.value.accepted.length === 0) {
      setMessage({
        text: parsed.value.rejected.length
          ? tn(parsed.value.rejected.length, 'import_allRejected', file.name)
          : t('import_noRows', file.name),
        rejected: parsed.value.rejected,
        ok: false,
      });
      clearInput();
    }
  }

  function clearInput() {
    if (input.current) input.current.value = '';
  }

  function cancel() {
    setPreview(null);
    setMessage({ text: t('import_cancelled'), ok: true });
    clearInput();
  }

  async function confirm() {
    if (!preview || busy) return;
    setBusy(true);
    try {
      // The list may have changed since the preview (another window): check again against it.
      const again = parseClientsCsv(text.current, await listClients());
      if (!again.ok || again.value.accepted.length !== preview.accepted.length || again.value.rejected.length !== preview.rejected.length) {
        setPreview(again.ok ? again.value : null);
        setMessage({
          text: t('import_changedMeanwhile'),
          ok: false,
        });
        return;
      }
      const clients: Client[] = preview.accepted.map((c) => ({ ...c, id: newClientId() }));
      await saveClients(clients);
      setMessage({
        text: `${tn(clients.length, 'import_imported', fileName)} ${
          preview.rejected.length ? tn(preview.rejected.length, 'import_rowsRejected') : t('import_noneRejected')
        }`,
        rejected: preview.rejected,
        ok: true,
      });
      setPreview(null);
      clearInput();
      onDone();
    } catch (e) {
      setMessage({ text: t('import_failed', (e as Error).message), ok: false });
    } finally {
      setBusy(false);
    }
  }

  const shownPreview = active ? preview : null;
  const shownMessage = active ? message : null;
  return (
    <section class="card" aria-labelledby="import-title" data-import-block="clients">
      <h3 id="import-title">{t('import_title')}</h3>
      <p class="hint" id="import-hint">
        {tParts(
          'import_hint',
          ...(['name', 'aliases', 'facebook', 'x', 'instagram', 'yelp'] as const).map((column) => <code key={column}>{column}</code>),
        )}
      </p>
      <FileField
        id="import-clients-file"
        label={t('import_choose')}
        accept=".csv,text/csv"
        kind="clients"
        describedBy="import-hint"
        inputRef={input}
        onChange={choose}
      />
      {shownPreview && (
        <div class="preview" data-import-preview="clients">
          <p class="preview-summary">
            {tParts<ComponentChildren>(
              'import_previewSummary',
              <strong>{fileName}</strong>,
              tn(shownPreview.accepted.length, 'import_willAdd'),
              tn(shownPreview.rejected.length, 'import_willReject'),
            )}
            {shownPreview.accepted.length > 0 && ` ${t('import_notStoredYet')}`}
          </p>
          {shownPreview.accepted.length > 0 && (
            <ScrollRegion label={t('import_toAdd')}>
              <table>
                <caption>{t('import_willBeAdded', formatNumber(shownPreview.accepted.length))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('clientForm_name')}</th>
                    <th scope="col">{t('clientForm_otherNames')}</th>
                    <th scope="col">{t('import_handles')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownPreview.accepted.slice(0, PREVIEW_ROWS).map((c, i) => (
                    <tr key={i}>
                      <td>{c.name}</td>
                      <td>{c.aliases.join('; ')}</td>
                      <td>
                        {PLATFORMS.filter((p) => c.handles[p])
                          .map((p) => `${PLATFORM_NAMES[p]}: ${c.handles[p]}`)
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {shownPreview.accepted.length > PREVIEW_ROWS && (
                <p class="hint">{t('import_more', formatNumber(shownPreview.accepted.length - PREVIEW_ROWS))}</p>
              )}
            </ScrollRegion>
          )}
          {shownPreview.rejected.length > 0 && (
            <ScrollRegion label={t('import_rejectedRows')}>
              <table class="rejected">
                <caption>{t('import_rejectedCaption', formatNumber(shownPreview.rejected.length))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import_lineHeader')}</th>
                    <th scope="col">{t('clientForm_name')}</th>
                    <th scope="col">{t('import_reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shownPreview.rejected.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={r.line} data-rejected-line={r.line}>
                      <td>{r.line}</td>
                      <td>{r.name || <span class="muted">{t('import_empty')}</span>}</td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {shownPreview.accepted.length > 0 && (
            <div class="row">
              <button type="button" class="btn btn-primary" data-import-confirm onClick={confirm} disabled={busy}>
                {tn(shownPreview.accepted.length, 'import_add')}
              </button>
              <button type="button" class="btn" onClick={cancel}>
                {t('common_cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <div role="status" aria-live="polite">
        {shownMessage && (
          <p class={`banner ${shownMessage.ok ? 'info' : 'danger'}`} data-import-result>
            {shownMessage.text}
            {shownMessage.rejected?.length ? ` ${rejectedSummary(shownMessage.rejected)}` : ''}
          </p>
        )}
      </div>
    </section>
  );
}
