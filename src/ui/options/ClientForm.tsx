import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Client } from '../../clients/types';
import { t } from '../../core/i18n';
import { PLATFORMS } from '../../core/vocabulary';
import { newClientId, saveClients } from '../../storage/clients';
import { Field, Modal } from '../shared/widgets';
import { type ClientDraft, checkClient, draftOf, emptyDraft, type FieldErrors, HANDLE_HINTS, HANDLE_LABELS } from './client-form';

/** The add/edit dialog: errors next to their fields, checked against the other clients before anything is saved. */
export function ClientForm({
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
          {(ids) => <TextInput ids={ids} name="name" value={draft.name} required onInput={(name) => update({ ...draft, name })} />}
        </Field>
        <Field label={t('clientForm_otherNames')} hint={t('clientForm_otherNamesHint')} error={errors.aliases}>
          {(ids) => <TextInput ids={ids} name="aliases" value={draft.aliases} onInput={(aliases) => update({ ...draft, aliases })} />}
        </Field>
        <div class="handle-grid">
          {PLATFORMS.map((p) => (
            <Field key={p} label={HANDLE_LABELS[p]} hint={errors[p] ? undefined : HANDLE_HINTS[p]} error={errors[p]} hintBelow>
              {(ids) => (
                <TextInput
                  ids={ids}
                  name={p}
                  value={draft.handles[p]}
                  spellcheck={false}
                  onInput={(handle) => update({ ...draft, handles: { ...draft.handles, [p]: handle } })}
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

/** A text field of the form, wired to its label, hint and error by the Field around it. */
function TextInput({
  ids,
  name,
  value,
  required,
  spellcheck,
  onInput,
}: {
  ids: { id: string; describedBy: string | undefined; invalid: boolean };
  name: string;
  value: string;
  required?: boolean;
  spellcheck?: boolean;
  onInput: (value: string) => void;
}) {
  return (
    <input
      id={ids.id}
      type="text"
      autocomplete="off"
      spellcheck={spellcheck}
      name={name}
      value={value}
      aria-describedby={ids.describedBy}
      aria-invalid={ids.invalid}
      aria-required={required ? 'true' : undefined}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
    />
  );
}
