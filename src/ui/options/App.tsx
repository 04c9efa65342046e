import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { listClients } from '../../storage/clients';
import { ClientImport } from './ClientImport';

export function OptionsApp() {
  const [clients, setClients] = useState<Client[]>([]);
  const refresh = () => {
    listClients().then(setClients);
  };
  useEffect(refresh, []);
  return (
    <main>
      <h1>Boundary Guard</h1>
      <ClientImport onImported={refresh} />
      <section aria-labelledby="clients-title">
        <h2 id="clients-title">Client list ({clients.length})</h2>
        <ul data-client-list>
          {clients.map((c) => (
            <li key={c.id}>{c.name}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
