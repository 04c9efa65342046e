import { t } from '../../core/i18n';
import type { ClauseId } from '../../core/vocabulary';
import { CLAUSES, type ClauseChoice } from '../../policy/clauses';
import type { ManagedPolicy } from '../../policy/locks';
import { offeredClause } from '../../policy/locks';

/** The choice id of the wording a practice offers (a clause its administrator left open). */
export const PRACTICE_CHOICE = 'practice';

/** The wordings offered for a clause: the practice's first where it left the clause open, then the standard ones. */
export function clauseChoices(policy: ManagedPolicy | null, by: string, id: ClauseId): readonly ClauseChoice[] {
  const offered = offeredClause(policy, id);
  return offered
    ? [{ id: PRACTICE_CHOICE, label: t('policy_practiceWording', by), text: offered.text }, ...CLAUSES[id].choices]
    : CLAUSES[id].choices;
}
