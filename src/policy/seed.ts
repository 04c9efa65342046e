import { type MessageKey, t } from '../core/i18n';
import type { ClauseId } from '../core/vocabulary';

/** A stock clause: its choice id, and its text in the browser's language, read when used. */
function stock(choice: string, text: MessageKey): { readonly choice: string; readonly text: string } {
  return {
    choice,
    get text() {
      return t(text);
    },
  };
}

/**
 * The seed policy's clauses (the first choice of each clause in clauses.ts). Kept apart from the
 * other choices so content scripts carry only these; their texts come from the messages, so a
 * Spanish browser starts with the Spanish wording (which becomes the therapist's own once saved).
 */
export const SEED_CLAUSES: Readonly<Record<ClauseId, { readonly choice: string; readonly text: string }>> = {
  friending: stock('never', 'clause_friending_never'),
  following: stock('never', 'clause_following_never'),
  interacting: stock('no-treatment', 'clause_interacting_noTreatment'),
  reviews: stock('never-respond', 'clause_reviews_neverRespond'),
  marketing: stock('no-solicit', 'clause_marketing_noSolicit'),
  search: stock('no-search', 'clause_search_noSearch'),
  location: stock('ask-clients', 'clause_location_askClients'),
  email: stock('logistics-only', 'clause_email_logisticsOnly'),
};
