import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { clientsToCsv } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { formatNumber, t, tn, tParts } from '../../core/i18n';
import { type LockState, removeClients } from '../../storage/clients';
import { downloadText, todayStamp } from '../shared/download';
import { ConfirmDialog } from '../shared/widgets';
import { ClientForm } from './ClientForm';
import { ClientImport } from './ClientImport';
import { ClientRow } from './ClientRow';
import { indexClients, searchClients } from './client-search';
import { LockCard } from './LockCard';
import { UnlockCard } from './UnlockCard';

/** Rows rendered at once; "Show more" adds as many. Keeps a keystroke in the search box cheap with thousands of clients. */
export const PAGE_SIZE = 100;

export function ClientsPanel({
  clients,
  loaded,
  lock = 'off',
  importActive,
  onImportStart,
  onChanged,
}: {
  clients: readonly Client[];
  loaded: boolean;
  /** Locked with a passphrase and not unlocked in this browser session: only the unlock form is shown. */
  lock?: LockState;
  importActive: boolean;
  onImportStart: () => void;
  onChanged: () => void;
}) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<Client | 'new' | null>(null);
  const [removing, setRemoving] = useState<Client | null>(null);
  const [notice, setNotice] = useState('');
  const index = useMemo(() => indexClients(clients), [clients]);
  const matches = useMemo(() => searchClients(index, query), [index, query]);
  const shown = matches.slice(0, limit);
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => setLimit(PAGE_SIZE), [query]);

  async function remove(client: Client) {
    setRemoving(null);
    try {
      await removeClients([client.id]);
    } catch (e) {
      setNotice(t('clients_notRemoved', (e as Error).message));
      return;
    }
    setNotice(t('clients_removed', client.name));
    onChanged();
    // The row and its button are gone: keep keyboard focus somewhere useful.
    search.current?.focus();
  }

  const intro = (
    <div class="panel-intro">
      <h2>{t('clients_title')}</h2>
      <p class="muted">{t('clients_intro')}</p>
    </div>
  );
  if (loaded && lock === 'locked') {
    return (
      <>
        {intro}
        <UnlockCard onChanged={onChanged} />
        {/* The import contract: the file input is always in the page; while locked, choosing a file says to unlock first. */}
        <ClientImport active={importActive} onStart={onImportStart} onDone={onChanged} />
      </>
    );
  }

  return (
    <>
      {intro}
      <section class="card" aria-labelledby={`${searchId}-title`}>
        <div class="row spread">
          <h3 id={`${searchId}-title`}>
            {t('clients_yourList')} <span class="muted">({loaded ? formatNumber(clients.length) : '…'})</span>
          </h3>
          <div class="row">
            <button type="button" class="btn btn-primary" onClick={() => setEditing('new')} data-add-client>
              {t('clients_add')}
            </button>
            <button
              type="button"
              class="btn"
              disabled={clients.length === 0}
              onClick={() =>
                downloadText(`boundary-guard-clients-${todayStamp()}.csv`, clientsToCsv(index.map((i) => i.client)), 'text/csv')
              }
            >
              {t('clients_exportCsv')}
            </button>
          </div>
        </div>
        <div class="field search">
          <label for={searchId}>{t('clients_search')}</label>
          <input
            ref={search}
            id={searchId}
            type="search"
            autocomplete="off"
            spellcheck={false}
            value={query}
            data-client-search
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <p class="hint" role="status" aria-live="polite" data-client-count>
          {!loaded
            ? t('common_loading')
            : query.trim()
              ? matches.length > shown.length
                ? tn(matches.length, 'clients_matchesFirst', shown.length)
                : tn(matches.length, 'clients_matches')
              : clients.length > shown.length
                ? t('clients_showing', shown.length, formatNumber(clients.length))
                : ''}
          {notice && ` ${notice}`}
        </p>
        {loaded && clients.length === 0 && <p class="empty">{t('clients_empty')}</p>}
        <ul class="client-list" data-client-list>
          {shown.map((c) => (
            <ClientRow key={c.id} client={c} onEdit={() => setEditing(c)} onRemove={() => setRemoving(c)} />
          ))}
        </ul>
        {matches.length > shown.length && (
          <button type="button" class="btn" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
            {t('clients_showMore', Math.min(PAGE_SIZE, matches.length - shown.length))}
          </button>
        )}
      </section>
      <ClientImport active={importActive} onStart={onImportStart} onDone={onChanged} />
      {loaded && <LockCard state={lock === 'unlocked' ? 'unlocked' : 'off'} onChanged={onChanged} />}
      <ClientForm
        editing={editing}
        clients={clients}
        onClose={() => setEditing(null)}
        onSaved={(c, added) => {
          setEditing(null);
          setNotice(added ? t('clients_added', c.name) : t('clients_savedOne', c.name));
          onChanged();
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('clients_removeTitle')}
        confirmLabel={t('clients_remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
      >
        <p>{tParts('clients_removeBody', <strong>{removing?.name}</strong>)}</p>
      </ConfirmDialog>
    </>
  );
}
