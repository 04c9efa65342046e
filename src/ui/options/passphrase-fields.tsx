import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE, passphraseStrength, type Strength, VaultError, type VaultProblem } from '../../clients/vault';
import { type MessageKey, t } from '../../core/i18n';
import { Field } from '../shared/widgets';

/** The passphrase fields of the lock and unlock cards, and the vault's errors in the UI's language. */

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

export function messageOf(error: unknown): string {
  if (error instanceof VaultError) return t(VAULT_PROBLEMS[error.problem]);
  return error instanceof Error ? error.message : String(error);
}

export function Passphrase({
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
export function NewPassphrase({
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
