import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { type ManagedPolicy, type ManagedState, managesAnything } from '../../policy/locks';
import { browser } from '../../storage/browser';
import { STORAGE_KEYS } from '../../storage/keys';
import { loadManagedState, storedManagedState } from '../../storage/managed';

/**
 * The practice's managed policy (ADMIN.md), for every panel of the options
 * page: what it sets is shown locked, with who sets it; the rest stays editable.
 */
export const ManagedContext = createContext<ManagedState | null>(null);

/** Provides the managed policy (checked and stored by the background) to the page, following its changes. */
export function ManagedProvider({ children }: { children: ComponentChildren }) {
  const [managed, setManaged] = useState<ManagedState | null>(null);
  useEffect(() => {
    loadManagedState()
      .then(setManaged)
      .catch((e) => console.error('Boundary Guard: the managed policy could not be read', e));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[STORAGE_KEYS.managed];
      if (area === 'local' && change) setManaged(storedManagedState(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return <ManagedContext.Provider value={managed}>{children}</ManagedContext.Provider>;
}

export function useManaged(): { policy: ManagedPolicy | null; by: string } {
  const state = useContext(ManagedContext);
  return { policy: state?.policy ?? null, by: state?.policy.managedBy ?? '' };
}

/** A small padlock, drawn (no icon font, no remote image). */
function LockIcon() {
  return (
    <svg class="lock-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** Shown beside a locked control, which points at it with aria-describedby. */
export function LockNote({ id, by }: { id: string; by: string }) {
  return (
    <p class="locked-note" id={id} data-locked-note>
      <LockIcon />
      {t('common_setBy', by)}
    </p>
  );
}

/** At the top of the Policy tab: whose policy this is, what locked means, and which parts of it were ignored. */
export function ManagedBanner() {
  const state = useContext(ManagedContext);
  if (!state) return null;
  const by = state.policy.managedBy;
  const sets = managesAnything(state.policy);
  return (
    <section class="banner info managed-banner" aria-labelledby="managed-title" data-managed-banner>
      <h3 id="managed-title" class="managed-title">
        <LockIcon />
        {sets ? t('managed_sets', by) : t('managed_unusable', by)}
      </h3>
      {sets && <p>{t('managed_explain', by)}</p>}
      {state.problems.length > 0 && (
        <div class="managed-problems" data-managed-problems>
          <p>{t('managed_problems', by)}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
