import { z } from 'zod';
import { defaultSettings, SETTINGS_VERSION } from './defaults';
import { type Settings, settingsSchema } from './schema';
import { ACTION_KINDS, CLAUSE_IDS, LEVELS, PLATFORMS } from './vocabulary';

/**
 * Version 1 was the first stored shape: one level per action kind, a list of
 * kinds guarded only for clients, the policy as plain text per clause, and the
 * enabled sites as a list. Version 2 split rules into level + scope, gave
 * "Follow back" its own rule, and added the practice details.
 */
const v1Schema = z.strictObject({
  version: z.literal(1),
  levels: z.partialRecord(z.enum(ACTION_KINDS), z.enum(LEVELS)),
  clientOnly: z.array(z.enum(ACTION_KINDS)),
  policyText: z.partialRecord(z.enum(CLAUSE_IDS), z.string().max(2000)),
  sites: z.array(z.enum(PLATFORMS)),
  discreet: z.boolean().optional(),
});

function fromV1(old: z.infer<typeof v1Schema>): Settings {
  const next = defaultSettings();
  for (const kind of ACTION_KINDS) {
    const level = old.levels[kind];
    if (level) next.rules[kind] = { level, scope: old.clientOnly.includes(kind) ? 'client' : 'always' };
  }
  // v1 had no separate rule: a follow back was guarded as a follow, but always.
  if (old.levels.follow) next.rules['follow.back'] = { level: old.levels.follow, scope: 'always' };
  for (const id of CLAUSE_IDS) {
    const text = old.policyText[id];
    if (text !== undefined) next.clauses[id] = { choice: 'custom', text };
  }
  for (const p of PLATFORMS) next.platforms[p] = old.sites.includes(p);
  next.discreet = old.discreet ?? false;
  return next;
}

export const SETTINGS_FILE_FORMAT = 'boundary-guard.settings';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

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
  let current: unknown = body;
  if (version === 1) {
    const v1 = v1Schema.safeParse(body);
    if (!v1.success) return { ok: false, error: describeIssues(v1.error) };
    current = fromV1(v1.data);
  } else if (version !== SETTINGS_VERSION) {
    return { ok: false, error: `version: ${version} is not a Boundary Guard settings version.` };
  }
  const parsed = settingsSchema.safeParse(current);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error) };
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
