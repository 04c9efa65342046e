import { z } from 'zod';
import { CLAUSE_IDS, type ClauseId, PLATFORMS, RULE_KEYS } from '../core/vocabulary';
import { CLAUSES } from './clauses';
import { DEFAULT_MANAGER, type ManagedClause, type ManagedPolicy, type ManagedState } from './locks';
import { LOG_RETENTION, practiceSchema, ruleSchema, text } from './schema';

/**
 * Reads what an administrator pushed through managed storage (Chrome's
 * `storage.managed`, filled from the OS policy with the schema in
 * public/managed-schema.json; Firefox's enterprise policy "3rdparty"). Chrome
 * already drops values that break its schema; Firefox checks nothing, and the
 * schema cannot say everything (clause choice ids, lengths), so every part is
 * checked here on its own: an invalid part is ignored and reported, the rest
 * is used, and guarding never depends on the policy being well formed.
 *
 * Pages and the background use this; content scripts get the result, already
 * checked, from storage.local (see src/storage/managed.ts) and apply it with
 * the zod-free src/policy/locks.ts.
 */

const managedClause = z
  .strictObject({ choice: text(60).optional(), text: text(2000).optional(), locked: z.boolean().optional() })
  .refine((c) => c.choice !== undefined || c.text !== undefined, { message: 'give a "choice" or a "text"' });

const FLAGS = {
  reviewReplyText: text(2000),
  discreet: z.boolean(),
  logNames: z.boolean(),
  logRetentionDays: z.int().min(LOG_RETENTION.min).max(LOG_RETENTION.max),
} as const;

const KNOWN = ['managedBy', 'practice', 'clauses', 'rules', 'platformRules', 'platforms', ...Object.keys(FLAGS)];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstIssue(error: z.ZodError, path: string): string {
  const issue = error.issues[0];
  const where = [path, ...(issue?.path ?? []).map(String)].join('.');
  return `${where}: ${issue?.message ?? 'invalid'} (ignored)`;
}

/** The entries of an object part whose keys must come from `keys`; unknown keys and a non-object are reported. */
function entries<K extends string>(value: unknown, path: string, keys: readonly K[], problems: string[]): Array<[K, unknown]> {
  if (!isObject(value)) {
    problems.push(`${path}: expected an object (ignored)`);
    return [];
  }
  const out: Array<[K, unknown]> = [];
  for (const [key, v] of Object.entries(value)) {
    if ((keys as readonly string[]).includes(key)) out.push([key as K, v]);
    else problems.push(`${path}.${key}: unknown; expected one of ${keys.join(', ')} (ignored)`);
  }
  return out;
}

function clauseOf(id: ClauseId, raw: unknown, problems: string[]): ManagedClause | null {
  const parsed = managedClause.safeParse(raw);
  if (!parsed.success) {
    problems.push(firstIssue(parsed.error, `clauses.${id}`));
    return null;
  }
  const { choice, text: own, locked = true } = parsed.data;
  if (choice === undefined) return { choice: 'custom', text: own ?? '', locked };
  const stock = CLAUSES[id].choices.find((c) => c.id === choice);
  if (!stock && choice !== 'custom') {
    const known = CLAUSES[id].choices.map((c) => c.id).join(', ');
    problems.push(`clauses.${id}.choice: "${choice}" is not a choice of this clause; expected one of ${known}, or a "text" (ignored)`);
    return null;
  }
  if (!stock && own === undefined) {
    problems.push(`clauses.${id}.text: a "custom" clause needs its text (ignored)`);
    return null;
  }
  return { choice, text: own ?? stock?.text ?? '', locked };
}

/**
 * Checks a managed-storage object part by part. Never throws: anything that
 * is not usable is left out of the policy and described in `problems`.
 */
export function readManagedPolicy(raw: unknown): ManagedState {
  const problems: string[] = [];
  const policy: ManagedPolicy = { managedBy: DEFAULT_MANAGER };
  if (!isObject(raw)) return { policy, problems: raw === undefined || raw === null ? [] : ['(top level): expected an object (ignored)'] };

  for (const key of Object.keys(raw)) {
    if (!KNOWN.includes(key)) problems.push(`${key}: not a Boundary Guard policy setting (ignored)`);
  }

  if (raw.managedBy !== undefined) {
    const who = z.string().trim().min(1).max(100).safeParse(raw.managedBy);
    if (who.success) policy.managedBy = who.data;
    else problems.push(firstIssue(who.error, 'managedBy'));
  }

  if (raw.practice !== undefined) {
    const fields = Object.keys(practiceSchema.shape) as Array<keyof typeof practiceSchema.shape>;
    for (const [field, value] of entries(raw.practice, 'practice', fields, problems)) {
      const parsed = practiceSchema.shape[field].safeParse(value);
      if (parsed.success) policy.practice = { ...policy.practice, [field]: parsed.data };
      else problems.push(firstIssue(parsed.error, `practice.${field}`));
    }
  }

  if (raw.clauses !== undefined) {
    for (const [id, value] of entries(raw.clauses, 'clauses', CLAUSE_IDS, problems)) {
      const clause = clauseOf(id, value, problems);
      if (clause) policy.clauses = { ...policy.clauses, [id]: clause };
    }
  }

  if (raw.rules !== undefined) {
    for (const [key, value] of entries(raw.rules, 'rules', RULE_KEYS, problems)) {
      const parsed = ruleSchema.safeParse(value);
      if (parsed.success) policy.rules = { ...policy.rules, [key]: parsed.data };
      else problems.push(firstIssue(parsed.error, `rules.${key}`));
    }
  }

  if (raw.platformRules !== undefined) {
    for (const [platform, site] of entries(raw.platformRules, 'platformRules', PLATFORMS, problems)) {
      for (const [key, value] of entries(site, `platformRules.${platform}`, RULE_KEYS, problems)) {
        const parsed = ruleSchema.safeParse(value);
        if (!parsed.success) {
          problems.push(firstIssue(parsed.error, `platformRules.${platform}.${key}`));
          continue;
        }
        const rules = { ...policy.platformRules };
        rules[platform] = { ...rules[platform], [key]: parsed.data };
        policy.platformRules = rules;
      }
    }
  }

  if (raw.platforms !== undefined) {
    for (const [platform, value] of entries(raw.platforms, 'platforms', PLATFORMS, problems)) {
      if (typeof value === 'boolean') policy.platforms = { ...policy.platforms, [platform]: value };
      else problems.push(`platforms.${platform}: expected true or false (ignored)`);
    }
  }

  for (const [field, schema] of Object.entries(FLAGS) as Array<[keyof typeof FLAGS, z.ZodType]>) {
    if (raw[field] === undefined) continue;
    const parsed = schema.safeParse(raw[field]);
    if (parsed.success) Object.assign(policy, { [field]: parsed.data });
    else problems.push(firstIssue(parsed.error, field));
  }

  return { policy, problems };
}
