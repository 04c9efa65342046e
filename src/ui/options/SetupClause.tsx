import { type MessageKey, t } from '../../core/i18n';
import type { ClauseId } from '../../core/vocabulary';
import { CLAUSES, type ClauseChoice } from '../../policy/clauses';
import { clauseLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { LockNote, useManaged } from './managed-ui';

/**
 * Why each clause of the setup matters, said to the therapist (the clause's own "why" is written
 * for clients, in the client-facing document).
 */
const SETUP_WHY: Partial<Record<ClauseId, MessageKey>> = {
  friending: 'setupWhy_friending',
  following: 'setupWhy_following',
  interacting: 'setupWhy_interacting',
  reviews: 'setupWhy_reviews',
};

/** One clause in the setup: its wordings as radio buttons, or the practice's wording where it is locked. */
export function SetupClause({
  id,
  draft,
  choices,
  onChoose,
}: {
  id: ClauseId;
  draft: Settings;
  choices: readonly ClauseChoice[];
  onChoose: (choice: string) => void;
}) {
  const { policy, by } = useManaged();
  const def = CLAUSES[id];
  const current = draft.clauses[id];
  if (clauseLocked(policy, id)) {
    return (
      <fieldset class="plain setup-clause" aria-describedby={`setup-lock-${id}`}>
        <legend class="label">{def.title}</legend>
        <LockNote id={`setup-lock-${id}`} by={by} />
        <p class="hint">{policy?.clauses?.[id]?.text}</p>
      </fieldset>
    );
  }
  return (
    <fieldset class="plain setup-clause">
      <legend class="label">{def.title}</legend>
      {SETUP_WHY[id] && <p class="hint">{t(SETUP_WHY[id])}</p>}
      {choices.map((c) => (
        <label class="check" key={c.id}>
          <input type="radio" name={`setup-${id}`} checked={current.choice === c.id} onChange={() => onChoose(c.id)} />
          <span>
            {c.label}
            {c.hint && (
              <span class="hint choice-hint" data-choice-hint={c.id}>
                {c.hint}
              </span>
            )}
          </span>
        </label>
      ))}
      {!choices.some((c) => c.id === current.choice) && <p class="hint">{t('setup_ownWordingKept')}</p>}
    </fieldset>
  );
}
