import { useState } from 'preact/hooks';
import { type ClientImport as Preview, parseClientsCsv } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { listClients, newClientId, saveClients } from '../../storage/clients';

/** CSV import: choose a file, see what will be added and what is rejected, then apply. */
export function ClientImport({ onImported }: { onImported: () => void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState('');

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPreview(null);
    if (!file) return;
    const parsed = parseClientsCsv(await file.text(), await listClients());
    if (!parsed.ok) {
      setMessage(`Nothing was imported. ${parsed.error}`);
      return;
    }
    setMessage('');
    setPreview(parsed.value);
  }

  async function confirm() {
    if (!preview) return;
    const clients: Client[] = preview.accepted.map((c) => ({ ...c, id: newClientId() }));
    await saveClients(clients);
    const rejected = preview.rejected.length;
    setMessage(
      `Imported ${clients.length} client${clients.length === 1 ? '' : 's'}; ${rejected} row${rejected === 1 ? '' : 's'} rejected.`,
    );
    setPreview(null);
    onImported();
  }

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import clients from CSV</h2>
      <p>Columns: name (required), aliases (separated by ;), facebook, x, instagram, yelp.</p>
      <label>
        CSV file <input type="file" accept=".csv,text/csv" data-import="clients" onChange={choose} />
      </label>
      {preview && (
        <div data-import-preview>
          <p>
            {preview.accepted.length} to add, {preview.rejected.length} rejected.
          </p>
          {preview.rejected.length > 0 && (
            <table>
              <caption>Rejected rows</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Name</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {preview.rejected.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" data-import-confirm onClick={confirm} disabled={preview.accepted.length === 0}>
            Add {preview.accepted.length} client{preview.accepted.length === 1 ? '' : 's'}
          </button>
        </div>
      )}
      <p data-import-result role="status">
        {message}
      </p>
    </section>
  );
}
