import { useRef, useState } from 'preact/hooks';
import { csvTooLarge, type ClientImport as Preview, parseClientsCsv, type RejectedRow } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { PLATFORM_NAMES, PLATFORMS } from '../../policy/vocabulary';
import { listClients, newClientId, saveClients } from '../../storage/clients';
import { plural, ScrollRegion } from '../shared/widgets';

/** How many rows of each kind the preview lists; the counts are always complete. */
const PREVIEW_ROWS = 200;

export function rejectedSummary(rejected: readonly RejectedRow[], max = 20): string {
  if (rejected.length === 0) return '';
  const shown = rejected.slice(0, max).map((r) => `line ${r.line}${r.name ? ` “${r.name}”` : ''}: ${r.reason}`);
  const more = rejected.length > max ? `; and ${rejected.length - max} more` : '';
  return `${shown.join('; ')}${more}.`;
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
      setMessage({ text: `Nothing was imported from ${file.name}. ${(e as Error).message}`, ok: false });
      clearInput();
      return;
    }
    text.current = await file.text();
    const parsed = parseClientsCsv(text.current, existing);
    if (!parsed.ok) {
      setMessage({ text: `Nothing was imported from ${file.name}. ${parsed.error}`, ok: false });
      clearInput();
      return;
    }
    setPreview(parsed.value);
    if (parsed.value.accepted.length === 0) {
      setMessage({
        text: `Nothing to import from ${file.name}: ${parsed.value.rejected.length ? `all ${plural(parsed.value.rejected.length, 'row')} were rejected: ` : 'the file has no rows.'}`,
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
    setMessage({ text: 'Import cancelled. Nothing was added.', ok: true });
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
          text: 'Your client list changed in the meantime, so the preview was updated. Check it and confirm again.',
          ok: false,
        });
        return;
      }
      const clients: Client[] = preview.accepted.map((c) => ({ ...c, id: newClientId() }));
      await saveClients(clients);
      setMessage({
        text: `Imported ${plural(clients.length, 'client')} from ${fileName}. ${
          preview.rejected.length ? `${plural(preview.rejected.length, 'row')} rejected: ` : 'No rows were rejected.'
        }`,
        rejected: preview.rejected,
        ok: true,
      });
      setPreview(null);
      clearInput();
      onDone();
    } catch (e) {
      setMessage({ text: `Nothing was imported: ${(e as Error).message}`, ok: false });
    } finally {
      setBusy(false);
    }
  }

  const shownPreview = active ? preview : null;
  const shownMessage = active ? message : null;
  return (
    <section class="card" aria-labelledby="import-title" data-import-block="clients">
      <h3 id="import-title">Import from a spreadsheet (CSV)</h3>
      <p class="hint" id="import-hint">
        Columns (any order, header row first): <code>name</code> (required), <code>aliases</code> (separated by ;), <code>facebook</code>,{' '}
        <code>x</code>, <code>instagram</code>, <code>yelp</code>. Handles may be @names or profile links. You see every row before anything
        is added.
      </p>
      <div class="field file-field">
        <label for="import-clients-file">Choose a CSV file</label>
        <input
          ref={input}
          id="import-clients-file"
          type="file"
          accept=".csv,text/csv"
          data-import="clients"
          aria-describedby="import-hint"
          onChange={choose}
        />
      </div>
      {shownPreview && (
        <div class="preview" data-import-preview="clients">
          <p class="preview-summary">
            <strong>{fileName}</strong>: {plural(shownPreview.accepted.length, 'client')} will be added,{' '}
            {plural(shownPreview.rejected.length, 'row')} rejected.
            {shownPreview.accepted.length > 0 && ' Nothing is stored until you confirm.'}
          </p>
          {shownPreview.accepted.length > 0 && (
            <ScrollRegion label="Clients to add">
              <table>
                <caption>Will be added ({shownPreview.accepted.length.toLocaleString('en-US')})</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Other names</th>
                    <th scope="col">Handles</th>
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
                <p class="hint">…and {(shownPreview.accepted.length - PREVIEW_ROWS).toLocaleString('en-US')} more.</p>
              )}
            </ScrollRegion>
          )}
          {shownPreview.rejected.length > 0 && (
            <ScrollRegion label="Rejected rows">
              <table class="rejected">
                <caption>Rejected ({shownPreview.rejected.length.toLocaleString('en-US')}): these rows will not be added</caption>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Name</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {shownPreview.rejected.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={r.line} data-rejected-line={r.line}>
                      <td>{r.line}</td>
                      <td>{r.name || <span class="muted">(empty)</span>}</td>
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
                Add {plural(shownPreview.accepted.length, 'client')}
              </button>
              <button type="button" class="btn" onClick={cancel}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
      <div role="status" aria-live="polite">
        {shownMessage && (
          <p class={`banner ${shownMessage.ok ? 'info' : 'danger'}`} data-import-result>
            {shownMessage.text}
            {shownMessage.rejected && rejectedSummary(shownMessage.rejected)}
          </p>
        )}
      </div>
    </section>
  );
}
