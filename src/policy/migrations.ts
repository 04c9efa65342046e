import { z } from 'zod';
import { ACTION_KINDS, LEVELS, RULE_KEYS, SCOPES } from '../core/vocabulary';
import { defaultSettings, SETTINGS_VERSION, type SettingsV4, withContentChecks, withNewSites } from './defaults';
import { record, type Settings, settingsSchema } from './schema';

/**
 * Every older shape, frozen as it was, and one step from each to the next:
 * a stored value or file of version n goes through every step up to the
 * current version, each step validated, so an old file never half-migrates.
 *
 * Version 1 was the first stored shape: one level per action kind, a list of
 * kinds guarded only for clients, the policy as plain text per clause, and the
 * enabled sites as a list. Version 2 split rules into level + scope, gave
 * "Follow back" its own rule, and added the practice details. Version 3 added
 * per-site exceptions (`platformRules`). Version 4 added the content checks: three
 * rules, the clause "marketing" and `contentChecks`. Version 5 added two sites, Google
 * (Business Profile reviews) and LinkedIn, to `platforms`.
 *
 * The keys of each older version are frozen here: the vocabulary grows, old files do not.
 */
const V1_TO_V3_CLAUSES = ['friending', 'following', 'interacting', 'reviews', 'search', 'location', 'email'] as const;
const V2_V3_RULES = [...ACTION_KINDS, 'follow.back'] as const;
const V1_TO_V4_PLATFORMS = ['facebook', 'x', 'instagram', 'yelp'] as const;

const v1Schema = z.strictObject({
  version: z.literal(1),
  levels: z.partialRecord(z.enum(ACTION_KINDS), z.enum(LEVELS)),
  clientOnly: z.array(z.enum(ACTION_KINDS)),
  policyText: z.partialRecord(z.enum(V1_TO_V3_CLAUSES), z.string().max(2000)),
  sites: z.array(z.enum(V1_TO_V4_PLATFORMS)),
  discreet: z.boolean().optional(),
});

const v2Rule = z.strictObject({ level: z.enum(LEVELS), scope: z.enum(SCOPES) });
const v2Schema = z.strictObject({
  version: z.literal(2),
  practice: z.strictObject({
    practiceName: z.string().max(200),
    therapistName: z.string().max(200),
    contact: z.string().max(500),
    effectiveDate: z.union([z.literal(''), z.iso.date()]),
  }),
  clauses: record(V1_TO_V3_CLAUSES, z.strictObject({ choice: z.string().max(60), text: z.string().max(2000) })),
  rules: record(V2_V3_RULES, v2Rule),
  platforms: record(V1_TO_V4_PLATFORMS, z.boolean()),
  reviewReplyText: z.string().max(2000),
  discreet: z.boolean(),
  logNames: z.boolean(),
  logRetentionDays: z.int().min(1).max(3650),
});

type V2 = z.infer<typeof v2Schema>;

const v3Schema = v2Schema.extend({
  version: z.literal(3),
  platformRules: z.partialRecord(z.enum(V1_TO_V4_PLATFORMS), z.partialRecord(z.enum(V2_V3_RULES), v2Rule)),
});
type V3 = z.infer<typeof v3Schema>;

const v4Schema = settingsSchema.extend({
  version: z.literal(4),
  platforms: record(V1_TO_V4_PLATFORMS, z.boolean()),
  platformRules: z.partialRecord(z.enum(V1_TO_V4_PLATFORMS), z.partialRecord(z.enum(RULE_KEYS), v2Rule)),
});

/** The parts of a newer shape that an older one had, under the older keys only. */
function only<K extends string, V>(keys: readonly K[], from: Record<string, V>): Record<K, V> {
  return Object.fromEntries(keys.map((k) => [k, from[k] as V])) as Record<K, V>;
}

function fromV1(old: z.infer<typeof v1Schema>): V2 {
  // What v1 did not have comes from the seed policy.
  const d = defaultSettings();
  const next: V2 = {
    version: 2,
    practice: d.practice,
    clauses: only(V1_TO_V3_CLAUSES, d.clauses),
    rules: only(V2_V3_RULES, d.rules),
    platforms: only(V1_TO_V4_PLATFORMS, d.platforms),
    reviewReplyText: d.reviewReplyText,
    discreet: old.discreet ?? false,
    logNames: d.logNames,
    logRetentionDays: d.logRetentionDays,
  };
  for (const kind of ACTION_KINDS) {
    const level = old.levels[kind];
    if (level) next.rules[kind] = { level, scope: old.clientOnly.includes(kind) ? 'client' : 'always' };
  }
  // v1 had no separate rule: a follow back was guarded as a follow, but always.
  if (old.levels.follow) next.rules['follow.back'] = { level: old.levels.follow, scope: 'always' };
  for (const id of V1_TO_V3_CLAUSES) {
    const text = old.policyText[id];
    if (text !== undefined) next.clauses[id] = { choice: 'custom', text };
  }
  for (const p of V1_TO_V4_PLATFORMS) next.platforms[p] = old.sites.includes(p);
  return next;
}

/** v2 had one rule per action for every site: the same rules, no exceptions. */
function fromV2(old: V2): V3 {
  const { version: _version, ...rest } = old;
  return { version: 3, ...rest, platformRules: {} };
}

/** v3 had no content checks (see withContentChecks). */
function fromV3(old: V3): SettingsV4 {
  return withContentChecks(old);
}

/** One step per older version: validate that version's shape, then bring it one version up. */
const STEPS: Record<number, (value: unknown) => Parsed<unknown>> = {
  1: (value) => {
    const v1 = v1Schema.safeParse(value);
    return v1.success ? { ok: true, value: fromV1(v1.data) } : rejected(v1.error);
  },
  2: (value) => {
    const v2 = v2Schema.safeParse(value);
    return v2.success ? { ok: true, value: fromV2(v2.data) } : rejected(v2.error);
  },
  3: (value) => {
    const v3 = v3Schema.safeParse(value);
    return v3.success ? { ok: true, value: fromV3(v3.data) } : rejected(v3.error);
  },
  4: (value) => {
    const v4 = v4Schema.safeParse(value);
    // v4 had neither Google nor LinkedIn (see withNewSites).
    return v4.success ? { ok: true, value: withNewSites(v4.data) } : rejected(v4.error);
  },
};

export const SETTINGS_FILE_FORMAT = 'boundary-guard.settings';

/** A rejection says what is wrong in `error`; a file that fails its schema also gives zod's issues, for plain words. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string; issues?: readonly z.core.$ZodIssue[] };

const rejected = (error: z.ZodError): { ok: false; error: string; issues: readonly z.core.$ZodIssue[] } => ({
  ok: false,
  error: describeIssues(error),
  issues: error.issues,
});

/** "rules.follow.level: Invalid option: expected one of …" — one line per problem, naming the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('\n');
}

/**
 * Brings stored settings or a settings file of any known version to the current
 * shape, or says exactly what is wrong. Never throws, never half-applies.
 */
export function migrateSettings(input: unknown): Parsed<Settings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'Settings must be a JSON object.' };
  }
  const { format: _format, ...body } = input as Record<string, unknown>;
  const version = body.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: 'version: must be a whole number.' };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `version: ${version} is newer than this Boundary Guard understands (${SETTINGS_VERSION}). Update the extension first.`,
    };
  }
  if (version !== SETTINGS_VERSION && !STEPS[version]) {
    return { ok: false, error: `version: ${version} is not a Boundary Guard settings version.` };
  }
  let current: unknown = body;
  for (let v = version; v < SETTINGS_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) return { ok: false, error: `version: no way from version ${v} to ${v + 1}.` };
    const next = step(current);
    if (!next.ok) return next;
    current = next.value;
  }
  const parsed = settingsSchema.safeParse(current);
  return parsed.success ? { ok: true, value: parsed.data } : rejected(parsed.error);
}

/** Reads a settings file (the text of the JSON the options page exports). */
export function parseSettingsFile(textContent: string): Parsed<Settings> {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (e) {
    return { ok: false, error: `Not a valid JSON file (${(e as Error).message}).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'Settings file must be a JSON object.' };
  }
  const format = (json as Record<string, unknown>).format;
  if (format !== SETTINGS_FILE_FORMAT) {
    return {
      ok: false,
      error: `format: expected "${SETTINGS_FILE_FORMAT}", found ${format === undefined ? 'nothing' : JSON.stringify(format)}. This is not a Boundary Guard settings file.`,
    };
  }
  return migrateSettings(json);
}

export function settingsFile(settings: Settings): string {
  return `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...settings }, null, 2)}\n`;
}
