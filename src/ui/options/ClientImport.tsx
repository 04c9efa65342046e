import { useRef, useState } from 'preact/hooks';
import { type ColumnMapping, decodeCsvBytes, guessMapping, mappingHasName } from '../../clients/columns';
import { clientsTemplate, csvHeader, csvTooLarge, type ClientImport as Preview, parseClientsCsv } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { t, tn, tParts } from '../../core/i18n';
import { listClients, newClientId, saveClients } from '../../storage/clients';
import { downloadText } from '../shared/download';
import { FileField } from '../shared/widgets';
import { ImportColumns } from './ImportColumns';
import { ImportPreview } from './ImportPreview';
import { importCounts, importDone, problemsSummary } from './import-summary';

/** A file being imported: its text, its columns and how they are read, the list it was checked against. */
interface Chosen {
  file: string;
  text: string;
  header: string[];
  sample: string[];
  mapping: ColumnMapping;
  existing: Client[];
}

/** The file read with this mapping against this list: the preview, or why there is none. */
function read(chosen: Chosen): { ok: true; value: Preview } | { ok: false; error: string } {
  return parseClientsCsv(chosen.text, chosen.existing, chosen.mapping);
}

/**
 * Client list import (DESIGN.md contract): the file input is in the page from the start; choosing
 * a file (a practice-software export as it is: any column order, "," or ";", UTF-8 or UTF-16)
 * shows how its columns are read, which the therapist may change, then who is new, who is
 * updated and which rows have problems; nothing is stored until [data-import-confirm];
 * [data-import-result] says what happened. Only one import (this or the settings file) shows
 * a preview or a result at a time, so those selectors are never ambiguous.
 */
export function ClientImport({ active, onStart, onDone }: { active: boolean; onStart: () => void; onDone: () => void }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const clearInput = () => {
    if (input.current) input.current.value = '';
  };
  const fail = (file: string, why: string) => {
    setChosen(null);
    setMessage({ text: t('import_nothingFrom', file, why), ok: false });
    clearInput();
  };

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setChosen(null);
    setMessage(null);
    if (!file) return;
    onStart();
    // Refused from its size alone, before it is read: a 50 MB file never reaches the parser.
    const refusal = csvTooLarge(file.size);
    if (refusal) return fail(file.name, refusal);
    let existing: Client[];
    let text: string;
    try {
      existing = await listClients();
      text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      return fail(file.name, (e as Error).message);
    }
    const { header, sample } = csvHeader(text);
    const next: Chosen = { file: file.name, text, header, sample, mapping: guessMapping(header), existing };
    const parsed = read(next);
    // A file whose columns were not recognised still shows them, so that the therapist can say which is the name.
    if (!parsed.ok && (header.length < 2 || mappingHasName(next.mapping))) return fail(file.name, parsed.error);
    setChosen(next);
    if (parsed.ok) say(next.file, parsed.value);
  }

  /** A preview with nothing to store says so; one with something to store waits for the button. */
  function say(file: string, value: Preview) {
    if (value.accepted.length + value.updated.length > 0) setMessage(null);
    else setMessage({ text: value.rejected.length ? t('import_allProblems', file) : t('import_nothingNew', file), ok: false });
  }

  function remap(mapping: ColumnMapping) {
    if (!chosen) return;
    const next = { ...chosen, mapping };
    setChosen(next);
    const parsed = read(next);
    if (parsed.ok) say(next.file, parsed.value);
    else setMessage(null);
  }

  function cancel() {
    setChosen(null);
    setMessage({ text: t('import_cancelled'), ok: true });
    clearInput();
  }

  async function confirm() {
    if (!chosen || busy) return;
    const shown = read(chosen);
    if (!shown.ok) return;
    setBusy(true);
    try {
      // The list may have changed since the preview (another window): check again against it.
      const again = read({ ...chosen, existing: await listClients() });
      const same = (a: Preview, b: Preview) =>
        a.accepted.length === b.accepted.length &&
        a.updated.length === b.updated.length &&
        a.rejected.length === b.rejected.length &&
        a.unchanged === b.unchanged;
      if (!again.ok || !same(again.value, shown.value)) {
        setChosen(again.ok ? { ...chosen, existing: await listClients() } : null);
        setMessage({ text: t('import_changedMeanwhile'), ok: false });
        return;
      }
      const { accepted, updated, rejected } = again.value;
      await saveClients([...accepted.map((c) => ({ ...c, id: newClientId() })), ...updated.map((u) => u.after)]);
      const problems = rejected.length ? ` ${problemsSummary(rejected)}.` : '';
      setMessage({ text: `${importDone(chosen.file, again.value)}${problems}`, ok: true });
      setChosen(null);
      clearInput();
      onDone();
    } catch (e) {
      setMessage({ text: t('import_failed', (e as Error).message), ok: false });
    } finally {
      setBusy(false);
    }
  }

  const shownChosen = active ? chosen : null;
  const preview = shownChosen ? read(shownChosen) : null;
  const shownMessage = active ? message : null;
  const toStore = preview?.ok ? preview.value.accepted.length + preview.value.updated.length : 0;
  return (
    <section class="card" aria-labelledby="import-title" data-import-block="clients">
      <h3 id="import-title">{t('import_title')}</h3>
      <p class="hint" id="import-hint">
        {tParts(
          'import_hint',
          ...(['name', 'aliases', 'facebook', 'x', 'instagram', 'yelp'] as const).map((column) => <code key={column}>{column}</code>),
        )}{' '}
        {t('import_templateHint')}
      </p>
      <FileField
        id="import-clients-file"
        label={t('import_choose')}
        accept=".csv,.txt,text/csv,text/plain"
        kind="clients"
        describedBy="import-hint"
        inputRef={input}
        onChange={choose}
      />
      <p>
        <button
          type="button"
          class="btn btn-link btn-small"
          data-import-template
          onClick={() => downloadText(`${t('import_templateName')}.csv`, clientsTemplate(), 'text/csv')}
        >
          {t('import_template')}
        </button>
      </p>
      {shownChosen && (
        <div class="preview" data-import-preview="clients">
          {preview?.ok && (
            <p class="preview-summary" data-import-counts>
              {importCounts(shownChosen.file, preview.value)}
              {preview.value.unchanged > 0 && ` ${tn(preview.value.unchanged, 'import_unchanged')}`}
              {toStore > 0 && ` ${t('import_notStoredYet')}`}
            </p>
          )}
          <ImportColumns header={shownChosen.header} sample={shownChosen.sample} mapping={shownChosen.mapping} onChange={remap} />
          {preview?.ok && <ImportPreview value={preview.value} />}
          <div class="row">
            {toStore > 0 && (
              <button type="button" class="btn btn-primary" data-import-confirm onClick={confirm} disabled={busy}>
                {tn(toStore, 'import_apply')}
              </button>
            )}
            <button type="button" class="btn" onClick={cancel}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {shownMessage && (
          <p class={`banner ${shownMessage.ok ? 'info' : 'danger'}`} data-import-result>
            {shownMessage.text}
          </p>
        )}
      </div>
    </section>
  );
}
