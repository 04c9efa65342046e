import { useId, useState } from 'preact/hooks';
import type { TabState } from '../../background/protocol';
import { VaultError, type VaultProblem } from '../../clients/vault';
import { type MessageKey, t } from '../../core/i18n';
import { languageName } from '../../core/language';
import { PLATFORM_NAMES } from '../../core/vocabulary';
import { unlockClients } from '../../storage/clients';

/**
 * What keeps guarding from working fully on this tab, as the toolbar badge says it (src/background/badge.ts),
 * each with what to do: unlock the client list right here, add clients, or report what was not recognised.
 * A pause and a site turned off have their own place in the popup.
 */

const VAULT_PROBLEMS: Record<VaultProblem, MessageKey> = {
  'wrong-passphrase': 'lock_wrongPassphrase',
  damaged: 'lock_damaged',
  unsupported: 'lock_unsupported',
};

/** Whether there is anything to say here (paused and off are said elsewhere). */
export function hasProblems(state: TabState | undefined): boolean {
  return (
    state !== undefined &&
    (state.clients === 'locked' ||
      state.clients === 'empty' ||
      state.clients === 'failed' ||
      state.language !== undefined ||
      (state.unrecognised?.length ?? 0) > 0)
  );
}

/** The passphrase, asked right in the popup; the list opens for this browser session as in the options page. */
function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function unlock(event: Event) {
    event.preventDefault();
    if (busy || !passphrase) return;
    setBusy(true);
    setError('');
    try {
      await unlockClients(passphrase);
      setPassphrase('');
    } catch (e) {
      setError(e instanceof VaultError ? t(VAULT_PROBLEMS[e.problem]) : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="unlock-form" onSubmit={unlock} noValidate>
      <label for={`${id}-pass`}>{t('lock_passphrase')}</label>
      <div class="row">
        <input
          id={`${id}-pass`}
          type="password"
          autocomplete="current-password"
          spellcheck={false}
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-popup-passphrase
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn btn-primary" disabled={busy || !passphrase} data-popup-unlock>
          {busy ? t('lock_unlocking') : t('lock_unlock')}
        </button>
      </div>
      {error && (
        <p class="error" id={`${id}-error`} role="alert" data-popup-unlock-error>
          {error}
        </p>
      )}
    </form>
  );
}

export function TabProblems({ state, openOptions }: { state: TabState; openOptions: (hash: string) => void }) {
  const site = PLATFORM_NAMES[state.platform];
  return (
    <section class="problems" aria-labelledby="problems-title" data-tab-problems>
      <h3 id="problems-title">{t('popup_problemsTitle')}</h3>
      <ul>
        {state.language !== undefined && <li data-problem="language">{t('badge_language', languageName(state.language), site)}</li>}
        {state.unrecognised?.map((u) => (
          <li key={u.page} data-problem="unrecognised">
            {t('badge_unrecognised', u.page, site)}
          </li>
        ))}
        {state.clients === 'locked' && (
          <li data-problem="locked">
            {t('badge_locked')}
            <UnlockForm />
          </li>
        )}
        {state.clients === 'empty' && (
          <li data-problem="empty">
            {t('badge_empty')}{' '}
            <button type="button" class="btn btn-small" onClick={() => openOptions('clients')} data-popup-add-clients>
              {t('popup_addClients')}
            </button>
          </li>
        )}
        {state.clients === 'failed' && <li data-problem="failed">{t('badge_failed')}</li>}
      </ul>
      {(state.unrecognised?.length ?? 0) > 0 && (
        <>
          <button type="button" class="btn" onClick={() => openOptions('diagnostics')} data-popup-report>
            {t('popup_report')}
          </button>
          <p class="muted small">{t('popup_reportHint')}</p>
        </>
      )}
    </section>
  );
}
