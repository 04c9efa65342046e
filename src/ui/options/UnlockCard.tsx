import { useId, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { discardLockedList, unlockClients } from '../../storage/clients';
import { ConfirmDialog } from '../shared/widgets';
import { messageOf, Passphrase } from './passphrase-fields';

/** Shown instead of the client list while it is locked. */
export function UnlockCard({ onChanged }: { onChanged: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  const ids = useId();

  async function unlock(event: Event) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await unlockClients(passphrase);
      setPassphrase('');
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby={`${ids}-title`} data-lock="locked">
      <h3 id={`${ids}-title`}>{t('lock_lockedTitle')}</h3>
      <p>{t('lock_lockedText')}</p>
      <form onSubmit={unlock} noValidate>
        <Passphrase
          label={t('lock_passphrase')}
          value={passphrase}
          onInput={setPassphrase}
          error={error || undefined}
          data="unlock-passphrase"
        />
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={busy || !passphrase} data-unlock>
            {busy ? t('lock_unlocking') : t('lock_unlock')}
          </button>
          <button type="button" class="btn btn-link btn-small" onClick={() => setForgot(true)}>
            {t('lock_forgot')}
          </button>
        </div>
      </form>
      <p class="hint">{t('lock_staysOpen')}</p>
      <ConfirmDialog
        open={forgot}
        title={t('lock_deleteTitle')}
        confirmLabel={t('lock_delete')}
        onCancel={() => setForgot(false)}
        onConfirm={async () => {
          setForgot(false);
          await discardLockedList();
          onChanged();
        }}
      >
        <p>{t('lock_deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}
