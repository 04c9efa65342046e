import { useId, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { changePassphrase, disableLock, enableLock, type LockState, lockNow } from '../../storage/clients';
import { messageOf, NewPassphrase, Passphrase } from './passphrase-fields';

/**
 * The optional lock on the client list (src/clients/vault.ts): turn it on with
 * a passphrase typed twice, unlock for this browser session, lock now, change
 * the passphrase, turn it off. Reminders keep working while the list is
 * locked, with the rules for everyone only.
 */

type Busy = '' | 'on' | 'unlock' | 'change' | 'off';

/** The lock's settings under the client list: turn it on, or (unlocked) lock now, change the passphrase, turn it off. */
export function LockCard({ state, onChanged }: { state: Exclude<LockState, 'locked'>; onChanged: () => void }) {
  const [busy, setBusy] = useState<Busy>('');
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [mode, setMode] = useState<'' | 'change' | 'off'>('');
  const [current, setCurrent] = useState('');
  const ids = useId();

  async function run(kind: Busy, work: () => Promise<void>, done: string) {
    if (busy) return;
    setBusy(kind);
    setMessage(null);
    try {
      await work();
      setMessage({ text: done, ok: true });
      setMode('');
      setCurrent('');
      onChanged();
    } catch (e) {
      setMessage({ text: messageOf(e), ok: false });
    } finally {
      setBusy('');
    }
  }

  return (
    <section class="card" aria-labelledby={`${ids}-title`} data-lock={state}>
      <h3 id={`${ids}-title`}>{t('lock_title')}</h3>
      {state === 'off' ? (
        <>
          <p class="hint">{t('lock_offText')}</p>
          <p class="banner danger">{t('lock_lost')}</p>
          <NewPassphrase
            data="lock"
            submitLabel={t('lock_turnOn')}
            busy={busy === 'on'}
            onSubmit={(p) => run('on', () => enableLock(p), t('lock_turnedOn'))}
          />
        </>
      ) : (
        <>
          <p data-lock-status>{t('lock_status')}</p>
          <div class="row">
            <button type="button" class="btn btn-primary" data-lock-now onClick={() => run('unlock', lockNow, t('lock_lockedNow'))}>
              {t('lock_lockNow')}
            </button>
            <button type="button" class="btn" aria-expanded={mode === 'change'} onClick={() => setMode(mode === 'change' ? '' : 'change')}>
              {t('lock_changeOpen')}
            </button>
            <button type="button" class="btn" aria-expanded={mode === 'off'} onClick={() => setMode(mode === 'off' ? '' : 'off')}>
              {t('lock_offOpen')}
            </button>
          </div>
          {mode === 'change' && (
            <div class="preview" data-lock-change>
              <Passphrase label={t('lock_current')} value={current} onInput={setCurrent} data="lock-current" />
              <NewPassphrase
                data="lock-new"
                submitLabel={t('lock_change')}
                busy={busy === 'change'}
                onSubmit={(p) => run('change', () => changePassphrase(current, p), t('lock_changed'))}
              />
              <p class="hint">{t('lock_lost')}</p>
            </div>
          )}
          {mode === 'off' && (
            <form
              class="preview"
              data-lock-off
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                run('off', () => disableLock(current), t('lock_turnedOff'));
              }}
            >
              <Passphrase label={t('lock_current')} value={current} onInput={setCurrent} data="lock-off-passphrase" />
              <button type="submit" class="btn" disabled={busy === 'off' || !current} data-lock-off-submit>
                {busy === 'off' ? t('lock_working') : t('lock_turnOff')}
              </button>
            </form>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <p class={`banner ${message.ok ? 'info' : 'danger'}`} data-lock-message>
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
