import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { clientsToCsv } from '../../clients/csv';
import type { Client } from '../../clients/types';
import { formatNumber, t, tn, tParts } from '../../core/i18n';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '../../core/vocabulary';
import { type LockState, newClientId, removeClients, saveClients } from '../../storage/clients';
import { downloadText, todayStamp } from '../shared/download';
import { ConfirmDialog, Field, Modal } from '../shared/widgets';
import { ClientImport } from './ClientImport';
import { type ClientDraft, checkClient, draftOf, emptyDraft, type FieldErrors, HANDLE_HINTS, HANDLE_LABELS } from './client-form';
import { indexClients, searchClients } from './client-search';
import { LockCard, UnlockCard } from './LockPanel';

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

function ClientRow({ client, onEdit, onRemove }: { client: Client; onEdit: () => void; onRemove: () => void }) {
  const handles = PLATFORMS.filter((p) => client.handles[p]);
  return (
    <li class="client" data-client={client.name}>
      <div class="client-main">
        <span class="client-name">{client.name}</span>
        {client.aliases.length > 0 && <span class="muted small"> {t('clients_also', client.aliases.join(', '))}</span>}
        {handles.length > 0 && (
          <span class="handles">
            {handles.map((p) => (
              <span class="pill" key={p}>
                {PLATFORM_NAMES[p]}: {shownHandle(p, client.handles[p] ?? '')}
              </span>
            ))}
          </span>
        )}
      </div>
      <div class="client-actions">
        <button type="button" class="btn btn-small" onClick={onEdit} aria-label={t('clients_editName', client.name)}>
          {t('clients_edit')}
        </button>
        <button type="button" class="btn btn-small" onClick={onRemove} aria-label={t('clients_removeName', client.name)}>
          {t('clients_remove')}
        </button>
      </div>
    </li>
  );
}

function shownHandle(platform: Platform, handle: string): string {
  if (platform === 'facebook' && handle.startsWith('id:')) return t('clients_facebookProfile', handle.slice(3));
  return platform === 'yelp' ? handle : `@${handle}`;
}

function ClientForm({
  editing,
  clients,
  onClose,
  onSaved,
}: {
  editing: Client | 'new' | null;
  clients: readonly Client[];
  onClose: () => void;
  onSaved: (client: Client, added: boolean) => void;
}) {
  const [draft, setDraft] = useState<ClientDraft>(emptyDraft());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [saveError, setSaveError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const others = useMemo(() => (editing && editing !== 'new' ? clients.filter((c) => c.id !== editing.id) : clients), [editing, clients]);

  // Before the dialog shows (a layout effect, as the Modal's own): nothing typed into it is reset afterwards.
  useLayoutEffect(() => {
    setDraft(editing && editing !== 'new' ? draftOf(editing) : emptyDraft());
    setErrors({});
    setTried(false);
    setSaveError('');
  }, [editing]);

  const update = (next: ClientDraft) => {
    setDraft(next);
    // After a first attempt, errors follow the typing so the therapist sees them go away.
    if (tried) {
      const checked = checkClient(next, others);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    const checked = checkClient(draft, others);
    if (!checked.ok) {
      setErrors(checked.errors);
      // Focus the first field with an error, so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const added = editing === 'new';
    const client: Client = { ...checked.client, id: editing && editing !== 'new' ? editing.id : newClientId() };
    try {
      await saveClients([client]);
      onSaved(client, added);
    } catch (e) {
      setSaveError(t('clientForm_notSaved', (e as Error).message));
    }
  }

  return (
    <Modal
      open={editing !== null}
      onClose={onClose}
      title={t(editing === 'new' ? 'clientForm_addTitle' : 'clientForm_editTitle')}
      initialFocus="input"
    >
      <form ref={form} onSubmit={submit} noValidate data-client-form>
        <Field label={t('clientForm_name')} error={errors.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autocomplete="off"
              name="name"
              value={draft.name}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required="true"
              onInput={(e) => update({ ...draft, name: (e.currentTarget as HTMLInputElement).value })}
            />
          )}
        </Field>
        <Field label={t('clientForm_otherNames')} hint={t('clientForm_otherNamesHint')} error={errors.aliases}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autocomplete="off"
              name="aliases"
              value={draft.aliases}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onInput={(e) => update({ ...draft, aliases: (e.currentTarget as HTMLInputElement).value })}
            />
          )}
        </Field>
        <div class="handle-grid">
          {PLATFORMS.map((p) => (
            <Field key={p} label={HANDLE_LABELS[p]} hint={errors[p] ? undefined : HANDLE_HINTS[p]} error={errors[p]} hintBelow>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="text"
                  autocomplete="off"
                  spellcheck={false}
                  name={p}
                  value={draft.handles[p]}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onInput={(e) => update({ ...draft, handles: { ...draft.handles, [p]: (e.currentTarget as HTMLInputElement).value } })}
                />
              )}
            </Field>
          ))}
        </div>
        {saveError && <p class="error">{saveError}</p>}
        <div class="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" class="btn" onClick={onClose}>
            {t('common_cancel')}
          </button>
          <button type="submit" class="btn btn-primary">
            {t(editing === 'new' ? 'clientForm_addClient' : 'common_save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
