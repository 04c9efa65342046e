import { z } from 'zod';
import { CLAUSE_IDS, LEVELS, PLATFORMS, RULE_KEYS, SCOPES } from './vocabulary';

const text = (max: number) => z.string().max(max);

const clause = z.strictObject({
  choice: text(60),
  text: text(2000),
});

const rule = z.strictObject({
  level: z.enum(LEVELS),
  scope: z.enum(SCOPES),
});

/** Builds a strict object with exactly these keys, each of the same schema. */
function record<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
}

export const settingsSchema = z.strictObject({
  version: z.literal(2),
  practice: z.strictObject({
    practiceName: text(200),
    therapistName: text(200),
    contact: text(500),
    /** ISO date (yyyy-mm-dd) or empty. */
    effectiveDate: z.union([z.literal(''), z.iso.date()]),
  }),
  clauses: record(CLAUSE_IDS, clause),
  rules: record(RULE_KEYS, rule),
  platforms: record(PLATFORMS, z.boolean()),
  reviewReplyText: text(2000),
  discreet: z.boolean(),
  logNames: z.boolean(),
  logRetentionDays: z.int().min(1).max(3650),
});

export type Settings = z.infer<typeof settingsSchema>;
