import { useId, useState } from 'preact/hooks';
import { MIN_PASSPHRASE, passphraseStrength, VaultError } from '../../clients/vault';
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

const LOST_WARNING =
  'If you forget the passphrase, the client list cannot be recovered: not by you, and not by anyone else. Keep a copy of the passphrase somewhere safe, or keep an exported settings file with the client list.';

function messageOf(error: unknown): string {
  if (error instanceof VaultError) return error.message;
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
  const mismatch = tried && first !== second ? 'The two passphrases are not the same.' : undefined;
  const short = tried && !strength.ok ? `At least ${MIN_PASSPHRASE} characters.` : undefined;
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
        label="Passphrase"
        value={first}
        onInput={setFirst}
        autocomplete="new-password"
        data={`${data}-passphrase`}
        hint={first ? `Strength: ${strength.label}. ${strength.hint}` : 'Four or more unrelated words are strong and easy to remember.'}
        error={short}
      />
      <Passphrase
        label="The same passphrase again"
        value={second}
        onInput={setSecond}
        autocomplete="new-password"
        data={`${data}-repeat`}
        error={mismatch}
      />
      <button type="submit" class="btn btn-primary" disabled={busy} {...{ [`data-${data}-submit`]: '' }}>
        {busy ? 'Working…' : submitLabel}
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
      <h3 id={`${ids}-title`}>Your client list is locked</h3>
      <p>
        It is stored encrypted on this computer. Until you unlock it, reminders use only the rules of your policy that apply to everyone,
        and they say that the list is locked.
      </p>
      <form onSubmit={unlock} noValidate>
        <Passphrase label="Passphrase" value={passphrase} onInput={setPassphrase} error={error || undefined} data="unlock-passphrase" />
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={busy || !passphrase} data-unlock>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" class="btn btn-link btn-small" onClick={() => setForgot(true)}>
            Forgot the passphrase?
          </button>
        </div>
      </form>
      <p class="hint">Unlocked, it stays open in this browser until the browser closes or you lock it again.</p>
      <ConfirmDialog
        open={forgot}
        title="Delete the locked client list?"
        confirmLabel="Delete the locked list"
        onCancel={() => setForgot(false)}
        onConfirm={async () => {
          setForgot(false);
          await discardLockedList();
          onChanged();
        }}
      >
        <p>
          Without the passphrase nobody can read the list, so the only way forward is to delete it and start a new one (or import a settings
          file that holds it). Your policy and your log are kept.
        </p>
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
      <h3 id={`${ids}-title`}>Lock with a passphrase</h3>
      {state === 'off' ? (
        <>
          <p class="hint">
            Optional. The list is then stored encrypted (AES-256) on this computer, and opened with your passphrase once per browser
            session. While it is locked, reminders still appear for the rules that apply to everyone, and say that the list is locked.
          </p>
          <p class="banner danger">{LOST_WARNING}</p>
          <NewPassphrase
            data="lock"
            submitLabel="Turn the lock on"
            busy={busy === 'on'}
            onSubmit={(p) =>
              run(
                'on',
                () => enableLock(p),
                'The client list is now locked with your passphrase. It stays unlocked until the browser closes.',
              )
            }
          />
        </>
      ) : (
        <>
          <p data-lock-status>Your client list is encrypted. It is unlocked in this browser until the browser closes or you lock it.</p>
          <div class="row">
            <button
              type="button"
              class="btn btn-primary"
              data-lock-now
              onClick={() => run('unlock', lockNow, 'Locked. Reminders use only the rules for everyone until you unlock the list.')}
            >
              Lock now
            </button>
            <button type="button" class="btn" aria-expanded={mode === 'change'} onClick={() => setMode(mode === 'change' ? '' : 'change')}>
              Change the passphrase…
            </button>
            <button type="button" class="btn" aria-expanded={mode === 'off'} onClick={() => setMode(mode === 'off' ? '' : 'off')}>
              Turn the lock off…
            </button>
          </div>
          {mode === 'change' && (
            <div class="preview" data-lock-change>
              <Passphrase label="Current passphrase" value={current} onInput={setCurrent} data="lock-current" />
              <NewPassphrase
                data="lock-new"
                submitLabel="Change the passphrase"
                busy={busy === 'change'}
                onSubmit={(p) => run('change', () => changePassphrase(current, p), 'The passphrase was changed.')}
              />
              <p class="hint">{LOST_WARNING}</p>
            </div>
          )}
          {mode === 'off' && (
            <form
              class="preview"
              data-lock-off
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                run('off', () => disableLock(current), 'The lock is off: the client list is stored without encryption again.');
              }}
            >
              <Passphrase label="Current passphrase" value={current} onInput={setCurrent} data="lock-off-passphrase" />
              <button type="submit" class="btn" disabled={busy === 'off' || !current} data-lock-off-submit>
                {busy === 'off' ? 'Working…' : 'Turn the lock off'}
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
