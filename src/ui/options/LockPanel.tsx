import { useId, useState } from 'preact/hooks';
import { MIN_PASSPHRASE, passphraseStrength, type Strength, VaultError, type VaultProblem } from '../../clients/vault';
import { type MessageKey, t } from '../../core/i18n';
import {
  changePassphrase,
  disableLock,
  discardLockedList,
  enableLock,
  type LockState,
  lockNow,
  unlockClients,
} from '../../storage/clients';
import { ConfirmDialog, Field } from '../shared/widgets';

/**
 * The optional lock on the client list (src/clients/vault.ts): turn it on with
 * a passphrase typed twice, unlock for this browser session, lock now, change
 * the passphrase, turn it off. Reminders keep working while the list is
 * locked, with the rules for everyone only.
 */

const VAULT_PROBLEMS: Record<VaultProblem, MessageKey> = {
  'wrong-passphrase': 'lock_wrongPassphrase',
  damaged: 'lock_damaged',
  unsupported: 'lock_unsupported',
};

/** What vault.ts says of a passphrase, in the UI's language. */
const STRENGTH: Record<Strength['label'], { label: MessageKey; hint: MessageKey }> = {
  'too short': { label: 'lock_strengthTooShort', hint: 'lock_tooShort' },
  weak: { label: 'lock_strengthWeak', hint: 'lock_hintWeak' },
  fair: { label: 'lock_strengthFair', hint: 'lock_hintFair' },
  strong: { label: 'lock_strengthStrong', hint: 'lock_hintStrong' },
};

function messageOf(error: unknown): string {
  if (error instanceof VaultError) return t(VAULT_PROBLEMS[error.problem]);
  return error instanceof Error ? error.message : String(error);
}

type Busy = '' | 'on' | 'unlock' | 'change' | 'off';

function Passphrase({
  label,
  value,
  onInput,
  hint,
  error,
  data,
  autocomplete = 'current-password',
}: {
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string;
  error?: string;
  data: string;
  autocomplete?: 'current-password' | 'new-password';
}) {
  return (
    <Field label={label} hint={hint} error={error} hintBelow>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          autocomplete={autocomplete}
          spellcheck={false}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...{ [`data-${data}`]: '' }}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

/** A new passphrase typed twice, with the strength hint; calls onSubmit once both agree and it is long enough. */
function NewPassphrase({
  submitLabel,
  busy,
  onSubmit,
  data,
}: {
  submitLabel: string;
  busy: boolean;
  onSubmit: (passphrase: string) => void;
  data: string;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [tried, setTried] = useState(false);
  const strength = passphraseStrength(first);
  const mismatch = tried && first !== second ? t('lock_mismatch') : undefined;
  const short = tried && !strength.ok ? t('lock_tooShort', MIN_PASSPHRASE) : undefined;
  const said = STRENGTH[strength.label];
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (strength.ok && first === second) onSubmit(first);
      }}
    >
      <Passphrase
        label={t('lock_passphrase')}
        value={first}
        onInput={setFirst}
        autocomplete="new-password"
        data={`${data}-passphrase`}
        hint={first ? t('lock_strength', t(said.label), t(said.hint, MIN_PASSPHRASE)) : t('lock_newHint')}
        error={short}
      />
      <Passphrase
        label={t('lock_repeat')}
        value={second}
        onInput={setSecond}
        autocomplete="new-password"
        data={`${data}-repeat`}
        error={mismatch}
      />
      <button type="submit" class="btn btn-primary" disabled={busy} {...{ [`data-${data}-submit`]: '' }}>
        {busy ? t('lock_working') : submitLabel}
      </button>
    </form>
  );
}

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
