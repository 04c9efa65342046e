import { z } from 'zod';
import { CLAUSE_IDS, LEVELS, PLATFORMS, RULE_KEYS, SCOPES } from '../core/vocabulary';
import { CONTENT_CATEGORIES } from './content-checks/categories';

export const text = (max: number) => z.string().max(max);

export const clauseSchema = z.strictObject({
  choice: text(60),
  text: text(2000),
});

/** A rule: how firmly to step in (level), and for whom (scope). */
export const ruleSchema = z.strictObject({
  level: z.enum(LEVELS),
  scope: z.enum(SCOPES),
});

export const practiceSchema = z.strictObject({
  practiceName: text(200),
  therapistName: text(200),
  contact: text(500),
  /** ISO date (yyyy-mm-dd) or empty. */
  effectiveDate: z.union([z.literal(''), z.iso.date()]),
});

export const LOG_RETENTION = { min: 1, max: 3650 } as const;

/** Builds a strict object with exactly these keys, each of the same schema. */
export function record<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}

/** Exceptions for one site: a whole rule for some actions. */
export const platformRulesSchema = z.partialRecord(z.enum(PLATFORMS), z.partialRecord(z.enum(RULE_KEYS), ruleSchema));

/** The therapist's own phrases of a content check: each up to 100 characters, up to 200 of them. */
export const OWN_PHRASES = { maxLength: 100, maxCount: 200 } as const;
const ownPhrases = z.array(text(OWN_PHRASES.maxLength).trim().min(1)).max(OWN_PHRASES.maxCount);

/**
 * The content checks (src/policy/content-checks/): which categories are on, and the therapist's
 * own phrases for each check (the practice's name with "client", a hashtag of the practice).
 */
export const contentChecksSchema = z.strictObject({
  categories: record(CONTENT_CATEGORIES, z.boolean()),
  phrases: z.strictObject({ care: ownPhrases, marketing: ownPhrases }),
});

/**
 * Version 5 added two sites, Google (Business Profile reviews) and LinkedIn, to `platforms`.
 *
 * Version 4 added the content checks: the rules "care", "care.message" and "marketing",
 * the clause "marketing", and `contentChecks`.
 *
 * Version 3. `rules` holds the rule of each action on every site; `platformRules`
 * holds the exceptions: a whole rule for one action on one site, read on its own
 * (level and scope), so "Follow on X: Block, every time" means exactly that,
 * whatever the rule for every site says. An absent site or action has no
 * exception; the options page drops a site whose last exception goes.
 */
export const settingsSchema = z.strictObject({
  version: z.literal(5),
  practice: practiceSchema,
  clauses: record(CLAUSE_IDS, clauseSchema),
  rules: record(RULE_KEYS, ruleSchema),
  platformRules: platformRulesSchema,
  platforms: record(PLATFORMS, z.boolean()),
  contentChecks: contentChecksSchema,
  reviewReplyText: text(2000),
  discreet: z.boolean(),
  logNames: z.boolean(),
  logRetentionDays: z.int().min(LOG_RETENTION.min).max(LOG_RETENTION.max),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type PlatformRules = Settings['platformRules'];
export type ContentChecks = Settings['contentChecks'];
