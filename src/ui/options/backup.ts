import { z } from 'zod';
import { MAX_CLIENTS } from '../../clients/csv';
import { normaliseHandle } from '../../clients/handles';
import { normaliseName } from '../../clients/normalise';
import type { Client } from '../../clients/types';
import { locale, type MessageKey, t } from '../../core/i18n';
import { LEVEL_NAMES, PLATFORM_NAMES, PLATFORMS, RULE_KEYS, RULE_NAMES } from '../../core/vocabulary';
import { CLAUSES } from '../../policy/clauses';
import { SETTINGS_VERSION } from '../../policy/defaults';
import { applyManaged, type ManagedPolicy } from '../../policy/locks';
import { parseSettingsFile, SETTINGS_FILE_FORMAT, settingsFile } from '../../policy/migrations';
import { exceptionOf } from '../../policy/rules';
import type { Rule, Settings } from '../../policy/schema';
import { SCOPE_NAMES } from '../shared/platform-rules';
import { type Problem, plainIssue, plainProblem } from './plain-issues';
import { PRACTICE_LABELS, settingName } from './setting-names';

/**
 * The settings file, optionally with the client list. The clients sit in an
 * extra top-level "clients" field beside the settings: the settings part is
 * read by parseSettingsFile (format, version, migration) exactly as a file
 * without clients, and the clients are checked here with their own schema.
 */
const clientsSchema = z
  .array(
    z.strictObject({
      id: z.string().min(1).max(100).optional(),
      name: z.string().trim().min(1, 'empty name').max(200),
      aliases: z.array(z.string().max(200)).max(100),
      handles: z.partialRecord(z.enum(PLATFORMS), z.string().max(300)),
    }),
  )
  .max(MAX_CLIENTS);

/**
 * The largest settings file read: the settings are a few kB; with 10,000 clients a file is about 2 MB. A larger
 * file is refused from its size alone, before it is read or parsed, so a wrong or hostile file cannot freeze the page.
 */
export const MAX_SETTINGS_FILE_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return t('backup_megabytes', (bytes / 1024 / 1024).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
}

/** The refusal for a file of this size, or null when it may be read. */
export function settingsFileTooLarge(bytes: number): string | null {
  return bytes > MAX_SETTINGS_FILE_BYTES ? t('backup_tooLarge', megabytes(bytes), megabytes(MAX_SETTINGS_FILE_BYTES)) : null;
}

export interface Backup {
  settings: Settings;
  /** Null when the file holds no client list. */
  clients: Client[] | null;
}

/** Facebook ids are stored as "id:N", a form people never type, so it is accepted as stored. */
function storedHandle(platform: (typeof PLATFORMS)[number], value: string): string | null {
  if (platform === 'facebook' && /^id:\d{1,20}$/.test(value)) return value;
  const result = normaliseHandle(platform, value);
  return result.ok ? result.handle : null;
}

/** A settings file's rejection: the message, and each problem in plain words with its field (none for a file that is no settings file at all). */
export type ParsedBackup = { ok: true; value: Backup } | { ok: false; error: string; problems: Problem[] };

type Refused = Extract<ParsedBackup, { ok: false }>;

function refuse(problems: Problem[]): Refused {
  return { ok: false, error: problems.map((p) => p.text).join('\n'), problems };
}

function checkClients(raw: unknown, newId: () => string): Refused | { ok: true; value: Client[] } {
  const parsed = clientsSchema.safeParse(raw);
  if (!parsed.success) return refuse(parsed.error.issues.slice(0, 5).map((issue) => plainIssue(issue, ['clients'])));
  const names = new Map<string, number>();
  const ids = new Set<string>();
  const clients: Client[] = [];
  const problem = (path: PropertyKey[], what: string) => refuse([plainProblem(settingName(path), path, what)]);
  for (const [i, c] of parsed.data.entries()) {
    const key = normaliseName(c.name);
    if (!key) return problem(['clients', i, 'name'], t('issue_noLetters'));
    const first = names.get(key);
    if (first !== undefined) return problem(['clients', i, 'name'], t('issue_duplicate', c.name, first + 1));
    names.set(key, i);
    const handles: Client['handles'] = {};
    for (const p of PLATFORMS) {
      const value = c.handles[p];
      if (value === undefined || value === '') continue;
      const handle = storedHandle(p, value);
      if (handle === null) return problem(['clients', i, 'handles', p], t('issue_badHandle', value.slice(0, 60)));
      handles[p] = handle;
    }
    const id = c.id && !ids.has(c.id) ? c.id : newId();
    ids.add(id);
    clients.push({ id, name: c.name, aliases: c.aliases.map((a) => a.trim()).filter(Boolean), handles });
  }
  return { ok: true, value: clients };
}

/** Reads a settings file; every rejection names the setting and what it should be. Nothing is applied here. */
export function parseBackupFile(text: string, newId: () => string = () => crypto.randomUUID()): ParsedBackup {
  // Checked before JSON.parse. UTF-16 units: at least one byte each, so a file within the limit always passes.
  const tooLarge = settingsFileTooLarge(text.length);
  if (tooLarge) return { ok: false, error: tooLarge, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not a valid JSON file (${(e as Error).message}).`, problems: [] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'Settings file must be a JSON object.', problems: [] };
  }
  const { clients: rawClients, ...rest } = json as Record<string, unknown>;
  // What kind of file this is, and from which version, said before any field (parseSettingsFile checks the same).
  if (rest.format !== SETTINGS_FILE_FORMAT) return refuse([{ text: t('issue_notSettingsFile', SETTINGS_FILE_FORMAT), path: 'format' }]);
  const version = rest.version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return refuse([{ text: t('issue_newerVersion', version, SETTINGS_VERSION), path: 'version' }]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse([{ text: t('issue_badVersion', SETTINGS_VERSION), path: 'version' }]);
  }
  const settings = parseSettingsFile(JSON.stringify(rest));
  if (!settings.ok) {
    return settings.issues ? refuse(settings.issues.slice(0, 5).map((issue) => plainIssue(issue))) : { ...settings, problems: [] };
  }
  if (rawClients === undefined) return { ok: true, value: { settings: settings.value, clients: null } };
  const clients = checkClients(rawClients, newId);
  return clients.ok ? { ok: true, value: { settings: settings.value, clients: clients.value } } : clients;
}

/** The settings file; with `clients`, it also carries the client list (sensitive: the options page says so). */
export function backupFile(settings: Settings, clients: readonly Client[] | null): string {
  const base = settingsFile(settings);
  if (!clients) return base;
  const withClients = { ...(JSON.parse(base) as Record<string, unknown>), clients };
  return `${JSON.stringify(withClients, null, 2)}\n`;
}

/**
 * The parts of a settings file that the practice's managed policy holds at
 * other values: what an import cannot change, by name ("Discreet mode"): each
 * line of describeChanges up to its first ": ".
 */
export function heldByManaged(file: Settings, policy: ManagedPolicy | null): string[] {
  if (!policy) return [];
  return describeChanges(file, applyManaged(file, policy)).map((line) => line.slice(0, line.indexOf(': ')));
}

/** What applying `next` over `current` would change, one line each ("what: …"), for the import preview. */
export function describeChanges(current: Settings, next: Settings): string[] {
  const out: string[] = [];
  const line = (what: string, from: string, to: string) => out.push(t('change_line', what, from, to));
  const set = (what: string, value: string) => out.push(t('change_set', what, value));
  const show = (v: string) => (v ? t('change_quoted', v.length > 40 ? `${v.slice(0, 40)}…` : v) : t('change_empty'));
  for (const [k, label] of Object.entries(PRACTICE_LABELS) as Array<[keyof Settings['practice'], MessageKey]>) {
    if (current.practice[k] !== next.practice[k]) line(t(label), show(current.practice[k]), show(next.practice[k]));
  }
  for (const id of Object.keys(current.clauses) as Array<keyof Settings['clauses']>) {
    if (current.clauses[id].text !== next.clauses[id].text) set(t('change_clause', CLAUSES[id].title), t('change_newWording'));
  }
  const rule = (r: Rule | null) => (r ? t('change_rule', LEVEL_NAMES[r.level], SCOPE_NAMES[r.scope]) : t('change_asEverywhere'));
  for (const key of Object.keys(current.rules) as Array<keyof Settings['rules']>) {
    const a = current.rules[key];
    const b = next.rules[key];
    if (a.level !== b.level || a.scope !== b.scope) line(RULE_NAMES[key], rule(a), rule(b));
  }
  for (const p of PLATFORMS) {
    for (const key of RULE_KEYS) {
      const a = exceptionOf(current, p, key);
      const b = exceptionOf(next, p, key);
      if (a?.level !== b?.level || a?.scope !== b?.scope) line(t('change_ruleOn', RULE_NAMES[key], PLATFORM_NAMES[p]), rule(a), rule(b));
    }
  }
  for (const p of PLATFORMS) {
    if (current.platforms[p] !== next.platforms[p]) set(PLATFORM_NAMES[p], t(next.platforms[p] ? 'change_guarded' : 'change_notGuarded'));
  }
  if (current.reviewReplyText !== next.reviewReplyText) set(t('change_reviewReply'), t('change_newWording'));
  if (current.discreet !== next.discreet) set(t('policy_discreet'), t(next.discreet ? 'change_on' : 'change_off'));
  if (current.logNames !== next.logNames) set(t('change_names'), t(next.logNames ? 'change_kept' : 'change_notKept'));
  if (current.logRetentionDays !== next.logRetentionDays) {
    line(t('change_logKept'), String(current.logRetentionDays), t('change_days', next.logRetentionDays));
  }
  return out;
}
