import { t } from '../core/i18n';
import { CLAUSE_IDS, PLATFORMS } from '../core/vocabulary';
import { CONTENT_CATEGORIES } from './content-checks/categories';
import type { ContentChecks, Settings } from './schema';
import { SEED_CLAUSES } from './seed';

export const SETTINGS_VERSION = 5;

/** Every category of both content checks on, and no phrases of the therapist's own yet. */
export function defaultContentChecks(): ContentChecks {
  return {
    categories: Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, true])) as ContentChecks['categories'],
    phrases: { care: [], marketing: [] },
  };
}

/** The standard rules of the content checks: every time, except a direct message, which matters when it goes to a client. */
export const DEFAULT_CONTENT_RULES = {
  care: { level: 'confirm', scope: 'always' },
  'care.message': { level: 'confirm', scope: 'client' },
  marketing: { level: 'confirm', scope: 'always' },
} as const satisfies Partial<Settings['rules']>;

/** The sites version 5 added: Google Business Profile reviews and LinkedIn. */
export const V5_PLATFORMS = ['google', 'linkedin'] as const;
type V5Platform = (typeof V5_PLATFORMS)[number];

/** Settings of version 4: the current shape before Google and LinkedIn were sites. */
export type SettingsV4 = Omit<Settings, 'version' | 'platforms'> & {
  version: 4;
  platforms: Omit<Settings['platforms'], V5Platform>;
};

/** Settings of version 3: version 4 without the content checks. */
export type SettingsV3 = Omit<SettingsV4, 'version' | 'contentChecks' | 'clauses' | 'rules'> & {
  version: 3;
  clauses: Omit<Settings['clauses'], 'marketing'>;
  rules: Omit<Settings['rules'], keyof typeof DEFAULT_CONTENT_RULES>;
};

/**
 * Version 3 to 4, free of zod (content scripts read a stored v3 value with it until the
 * background has migrated it): the content checks start at the standard level, every category
 * on, with the stock Marketing clause; everything the therapist had stays as it was.
 */
export function withContentChecks(old: SettingsV3): SettingsV4 {
  return {
    ...old,
    version: 4,
    clauses: { ...old.clauses, marketing: { choice: SEED_CLAUSES.marketing.choice, text: SEED_CLAUSES.marketing.text } },
    rules: { ...old.rules, ...structuredClone(DEFAULT_CONTENT_RULES) },
    contentChecks: defaultContentChecks(),
  };
}

/**
 * Version 4 to 5, free of zod like the step before: the new sites are guarded, as every site is
 * after an install; the therapist's per-site choices for the other sites stay as they were.
 */
export function withNewSites(old: SettingsV4): Settings {
  const added = Object.fromEntries(V5_PLATFORMS.map((p) => [p, true])) as Record<V5Platform, true>;
  return { ...old, version: SETTINGS_VERSION, platforms: { ...old.platforms, ...added } };
}

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
      ...structuredClone(DEFAULT_CONTENT_RULES),
    },
    platformRules: {},
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Settings['platforms'],
    contentChecks: defaultContentChecks(),
    reviewReplyText: t('seed_reviewReply'),
    discreet: false,
    logNames: false,
    logRetentionDays: 90,
  };
}
