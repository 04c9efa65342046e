import { csvFormatRow, dsvFormat } from 'd3-dsv';
import { locale, t } from '../core/i18n';
import { PLATFORMS } from '../core/vocabulary';
import { type ColumnMapping, detectDelimiter, guessMapping, mappingHasName, rowByRole } from './columns';
import { normaliseHandle } from './handles';
import { normaliseName } from './normalise';
import type { Client } from './types';

export const MAX_CLIENTS = 10_000;
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const MAX_NAME = 200;

export interface RejectedRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  line: number;
  name: string;
  reason: string;
}

/** A client already on the list that a row of the file changes (same name, or the same handle on a site). */
export interface ClientUpdate {
  line: number;
  before: Client;
  after: Client;
}

export interface ClientImport {
  /** The file's header row, as written. */
  header: string[];
  /** What each column was read as (guessed from the header unless given). */
  mapping: ColumnMapping;
  /** New clients. */
  accepted: Omit<Client, 'id'>[];
  /** Clients already on the list that the file changes. */
  updated: ClientUpdate[];
  /** Rows that match a client already on the list and change nothing. */
  unchanged: number;
  rejected: RejectedRow[];
}

export type ImportResult = { ok: true; value: ClientImport } | { ok: false; error: string };

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM(…)"). */
function looksLikeFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell);
}

/** The refusal for a file of this many bytes (checked before the file is read), or null. */
export function csvTooLarge(bytes: number): string | null {
  const megabytes = (bytes / 1024 / 1024).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return bytes > MAX_CSV_BYTES ? t('csv_tooLarge', megabytes) : null;
}

/**
 * Parses a clients file: comma-, semicolon- or tab-separated, BOM, CRLF and quoted fields as
 * spreadsheets write them; the columns as `mapping` says, or as guessed from the header
 * (columns.ts). Each row is a new client, a change to one already on the list (same name or
 * same handle: the file's values win, other names are added), or rejected with its reason.
 * Nothing is applied here.
 */
export function parseClientsCsv(text: string, existing: readonly Client[] = [], mapping?: ColumnMapping): ImportResult {
  const tooLarge = csvTooLarge(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  // UTF-16 read as UTF-8 (no byte-order mark to tell) has a NUL between most characters.
  if (text.includes('\u0000')) {
    return { ok: false, error: t('csv_utf16') };
  }
  if (text.includes('\uFFFD')) {
    return { ok: false, error: t('csv_notUtf8') };
  }
  const plain = text.replace(/^\uFEFF/, '');
  const [header = [], ...body] = dsvFormat(detectDelimiter(plain)).parseRows(plain);
  const roles = mapping && mapping.length === header.length ? mapping : guessMapping(header);
  if (!mappingHasName(roles)) {
    const found = header.some((h) => h.trim()) ? header.map((f) => `"${f.trim()}"`).join(', ') : t('csv_nothing');
    return { ok: false, error: t('csv_noHeader', found) };
  }
  // Blank lines (a trailing newline, spacer rows) are not rows.
  const rows = body.map((cells, index) => ({ line: index + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length > MAX_CLIENTS) {
    return { ok: false, error: t('csv_tooMany', rows.length, MAX_CLIENTS) };
  }
  const merge = new Merge(existing);
  const result: ClientImport = { header, mapping: roles, accepted: [], updated: [], unchanged: 0, rejected: [] };
  for (const { line, cells } of rows) {
    const row = rowByRole(roles, cells);
    const checked = checkRow(row);
    const outcome = typeof checked === 'string' ? checked : merge.add(line, checked);
    if (typeof outcome === 'string') result.rejected.push({ line, name: row.name, reason: outcome });
    else if (outcome.kind === 'new') result.accepted.push(outcome.client);
    else if (outcome.kind === 'updated') result.updated.push({ line, before: outcome.before, after: outcome.after });
    else result.unchanged++;
  }
  return { ok: true, value: result };
}

/** One row as a client, or the reason it is rejected. */
function checkRow(row: ReturnType<typeof rowByRole>): Omit<Client, 'id'> | string {
  const { name } = row;
  if (!name) return t('csv_emptyName');
  if (name.length > MAX_NAME) return t('csv_nameTooLong', MAX_NAME);
  // A name never spans lines: a quote left open (a file cut off, a stray ") swallows the rows after it.
  if (/[\r\n]/.test(name)) return t('csv_multiline');
  const aliases = row.aliases
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const formula = [name, ...aliases].find(looksLikeFormula);
  if (formula !== undefined) return t('csv_formula', formula.slice(0, 40));
  if (!normaliseName(name)) return t('csv_noLetters');
  const handles: Client['handles'] = {};
  for (const platform of PLATFORMS) {
    const value = row.handles[platform];
    if (!value) continue;
    const handle = normaliseHandle(platform, value);
    if (!handle.ok) return handle.error;
    handles[platform] = handle.handle;
  }
  return { name, aliases, handles };
}

type Outcome = { kind: 'new'; client: Omit<Client, 'id'> } | { kind: 'updated'; before: Client; after: Client } | { kind: 'unchanged' };

/**
 * Rows against the list and against each other: a row that has a client's name or one of
 * their handles is that client; a second row for the same person, or a row that would be two
 * people at once, is rejected.
 */
class Merge {
  private readonly byName = new Map<string, Client>();
  private readonly byHandle = new Map<string, Client[]>();
  /** Names already given by a row of the file, and the clients already matched, with the row's line. */
  private readonly fileNames = new Map<string, number>();
  private readonly claimed = new Map<string, number>();

  constructor(existing: readonly Client[]) {
    for (const c of existing) {
      this.byName.set(normaliseName(c.name), c);
      for (const p of PLATFORMS) {
        const key = c.handles[p] && handleKey(p, c.handles[p]);
        if (key) this.byHandle.set(key, [...(this.byHandle.get(key) ?? []), c]);
      }
    }
  }

  /** The client a row is: the one with its name, else the one with any of its handles (two of them: no one). */
  private match(name: string, row: Omit<Client, 'id'>): Client | string | null {
    const byName = this.byName.get(name);
    if (byName) return byName;
    const found = new Set<Client>();
    for (const p of PLATFORMS) {
      const handle = row.handles[p];
      for (const c of handle ? (this.byHandle.get(handleKey(p, handle)) ?? []) : []) found.add(c);
    }
    if (found.size > 1) return t('csv_twoClients', [...found].map((c) => c.name).join(' / '));
    return [...found][0] ?? null;
  }

  add(line: number, row: Omit<Client, 'id'>): Outcome | string {
    const name = normaliseName(row.name);
    const sameName = this.fileNames.get(name);
    if (sameName !== undefined) return t('csv_duplicate', t('csv_sameAs', sameName));
    const before = this.match(name, row);
    if (typeof before === 'string') return before;
    if (before) {
      const claimedBy = this.claimed.get(before.id);
      if (claimedBy !== undefined) return t('csv_duplicate', t('csv_sameClientAs', claimedBy));
      this.claimed.set(before.id, line);
    }
    this.fileNames.set(name, line);
    if (!before) return { kind: 'new', client: row };
    const after = mergeClient(before, row);
    return sameClient(before, after) ? { kind: 'unchanged' } : { kind: 'updated', before, after };
  }
}

const handleKey = (platform: string, handle: string) => `${platform}\u0000${handle.toLowerCase()}`;

/** A client updated from a row: the row's name and handles win; other names are kept and the row's added. */
export function mergeClient(before: Client, row: Omit<Client, 'id'>): Client {
  const aliases: string[] = [];
  const seen = new Set([normaliseName(row.name)]);
  for (const a of [...before.aliases, ...row.aliases]) {
    const key = normaliseName(a);
    if (key && !seen.has(key)) {
      seen.add(key);
      aliases.push(a);
    }
  }
  return { id: before.id, name: row.name, aliases, handles: { ...before.handles, ...row.handles } };
}

function sameClient(a: Client, b: Client): boolean {
  return (
    a.name === b.name &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((x, i) => x === b.aliases[i]) &&
    PLATFORMS.every((p) => a.handles[p] === b.handles[p])
  );
}

/** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe (OWASP's advice). */
export function neutraliseFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** Rows as CSV text (CRLF, quoted where needed), every cell neutralised against formula injection. */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows.map((r) => r.map(neutraliseFormula))].map((r) => csvFormatRow([...r])).join('\r\n');
}

/** The client list as CSV, in the same columns the import reads. */
export function clientsToCsv(clients: readonly Client[]): string {
  return formatCsv(
    ['name', 'aliases', ...PLATFORMS],
    clients.map((c) => [c.name, c.aliases.join('; '), ...PLATFORMS.map((p) => c.handles[p] ?? '')]),
  );
}

/** The header row of a delimited file and its first row of data (for the column mapping). */
export function csvHeader(text: string): { header: string[]; sample: string[] } {
  const plain = text.replace(/^\uFEFF/, '');
  const [header = [], ...rest] = dsvFormat(detectDelimiter(plain)).parseRows(plain);
  return { header, sample: rest.find((cells) => cells.some((c) => c.trim())) ?? [] };
}

/** The simplest file the import reads: its columns and one made-up client. */
export function clientsTemplate(): string {
  return formatCsv(['name', 'aliases', ...PLATFORMS], [['Sam Lee', 'Sammy', 'samuel.lee.5', 'samlee', 'sam.lee', 'Sam L.']]);
}
