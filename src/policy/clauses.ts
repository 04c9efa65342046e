import { type MessageKey, t } from '../core/i18n';
import { CLAUSE_TITLES, type ClauseId } from '../core/vocabulary';
import { SEED_CLAUSES } from './seed';

/**
 * The clauses of a social media policy, after Keely Kolmes' widely used policy,
 * ACA Code of Ethics H.6 and NASW Code of Ethics 1.06. Each clause has a few
 * stock choices; the text of the chosen one is what the reminder quotes and what
 * the client-facing document prints, and the therapist may rewrite it.
 * The words are in the browser's language, read from the messages when used.
 */
export interface ClauseChoice {
  id: string;
  label: string;
  text: string;
  /** One line on what this wording means in practice, where wordings are easily mixed up (review replies). */
  hint?: string;
}

export interface ClauseDefinition {
  id: ClauseId;
  title: string;
  /** Why the policy exists, in plain words for the client-facing document. */
  why: string;
  choices: readonly ClauseChoice[];
}

/** A stock choice whose label and text are read from the messages when used. */
function choice(id: string, label: MessageKey, text: MessageKey | (() => string), hint?: MessageKey): ClauseChoice {
  const c: ClauseChoice = {
    id,
    get label() {
      return t(label);
    },
    get text() {
      return typeof text === 'function' ? text() : t(text);
    },
  };
  if (hint) Object.defineProperty(c, 'hint', { get: () => t(hint), enumerable: true });
  return c;
}

/** The seed policy's choice of a clause (its text from seed.ts, which content scripts carry alone). */
function seed(id: ClauseId, label: MessageKey, hint?: MessageKey): ClauseChoice {
  return choice(SEED_CLAUSES[id].choice, label, () => SEED_CLAUSES[id].text, hint);
}

function clause(id: ClauseId, why: MessageKey, choices: readonly ClauseChoice[]): ClauseDefinition {
  return {
    id,
    get title() {
      return CLAUSE_TITLES[id];
    },
    get why() {
      return t(why);
    },
    choices,
  };
}

export const CLAUSES: Readonly<Record<ClauseId, ClauseDefinition>> = {
  friending: clause('friending', 'clauseWhy_friending', [
    seed('friending', 'choice_friending_never'),
    choice('former-after-review', 'choice_friending_formerAfterReview', 'clause_friending_formerAfterReview'),
  ]),
  following: clause('following', 'clauseWhy_following', [
    seed('following', 'choice_following_never'),
    choice('professional-only', 'choice_following_professionalOnly', 'clause_following_professionalOnly'),
  ]),
  interacting: clause('interacting', 'clauseWhy_interacting', [
    seed('interacting', 'choice_interacting_noTreatment'),
    choice('logistics-only', 'choice_interacting_logisticsOnly', 'clause_interacting_logisticsOnly'),
  ]),
  reviews: clause('reviews', 'clauseWhy_reviews', [
    seed('reviews', 'choice_reviews_neverRespond', 'choiceHint_reviews_neverRespond'),
    choice('generic-only', 'choice_reviews_genericOnly', 'clause_reviews_genericOnly', 'choiceHint_reviews_genericOnly'),
    choice('never-confirm', 'choice_reviews_neverConfirm', 'clause_reviews_neverConfirm', 'choiceHint_reviews_neverConfirm'),
  ]),
  marketing: clause('marketing', 'clauseWhy_marketing', [
    seed('marketing', 'choice_marketing_noSolicit'),
    choice('no-promotion', 'choice_marketing_noPromotion', 'clause_marketing_noPromotion'),
  ]),
  search: clause('search', 'clauseWhy_search', [
    seed('search', 'choice_search_noSearch'),
    choice('with-consent', 'choice_search_withConsent', 'clause_search_withConsent'),
  ]),
  location: clause('location', 'clauseWhy_location', [seed('location', 'choice_location_askClients')]),
  email: clause('email', 'clauseWhy_email', [seed('email', 'choice_email_logisticsOnly')]),
};

export function defaultClauseChoice(id: ClauseId): ClauseChoice {
  const first = CLAUSES[id].choices[0];
  if (!first) throw new Error(`Clause ${id} has no choices`);
  return first;
}
