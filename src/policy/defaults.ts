import { t } from '../core/i18n';
import { CLAUSE_IDS, PLATFORMS } from '../core/vocabulary';
import type { Settings } from './schema';
import { SEED_CLAUSES } from './seed';

export const SETTINGS_VERSION = 3;

/**
 * The seed policy: guarding works right after install with these, and the
 * first-run setup preselects them. Kept free of zod so content scripts can use it.
 * Its texts are in the browser's language (the messages), as is everything else.
 */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    practice: { practiceName: '', therapistName: '', contact: '', effectiveDate: '' },
    clauses: Object.fromEntries(
      CLAUSE_IDS.map((id) => [id, { choice: SEED_CLAUSES[id].choice, text: SEED_CLAUSES[id].text }]),
    ) as Settings['clauses'],
    rules: {
      'connect.accept': { level: 'confirm', scope: 'always' },
      'connect.request': { level: 'confirm', scope: 'always' },
      follow: { level: 'confirm', scope: 'client' },
      'follow.back': { level: 'confirm', scope: 'always' },
      reply: { level: 'confirm', scope: 'client' },
      message: { level: 'confirm', scope: 'client' },
      'review.respond': { level: 'confirm', scope: 'always' },
      post: { level: 'confirm', scope: 'client' },
    },
    platformRules: {},
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Settings['platforms'],
    reviewReplyText: t('seed_reviewReply'),
    discreet: false,
    logNames: false,
    logRetentionDays: 90,
  };
}
