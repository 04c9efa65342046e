import { csvFormatRow, csvParseRows } from 'd3-dsv';
import { locale, t } from '../core/i18n';
import { PLATFORMS } from '../core/vocabulary';
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

export interface ClientImport {
  accepted: Omit<Client, 'id'>[];
  rejected: RejectedRow[];
}

export type ImportResult = { ok: true; value: ClientImport } | { ok: false; error: string };

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM(…)"). */
function looksLikeFormula(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell);
}

/**
 * Parses a clients CSV (columns name, aliases, facebook, x, instagram, yelp in
 * any order and case; BOM, CRLF and quoted fields as spreadsheets write them).
 * Rows are checked one by one; nothing is applied here.
 */
/** The refusal for a file of this many bytes (checked before the file is read), or null. */
export function csvTooLarge(bytes: number): string | null {
  const megabytes = (bytes / 1024 / 1024).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return bytes > MAX_CSV_BYTES ? t('csv_tooLarge', megabytes) : null;
}

export function parseClientsCsv(text: string, existing: readonly Client[] = []): ImportResult {
  const tooLarge = csvTooLarge(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  // UTF-16 (what some spreadsheets call "Unicode text") read as UTF-8 has a NUL between most characters.
  if (text.includes('\u0000')) {
    return { ok: false, error: t('csv_utf16') };
  }
  if (text.includes('\uFFFD')) {
    return { ok: false, error: t('csv_notUtf8') };
  }
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const fields = header.map((h) => h.trim().toLowerCase());
  if (!fields.includes('name')) {
    const found = fields.some(Boolean) ? fields.map((f) => `"${f}"`).join(', ') : t('csv_nothing');
    return { ok: false, error: t('csv_noHeader', found) };
  }
  // Blank lines (a trailing newline, spacer rows) are not rows.
  const rows = body.map((cells, index) => ({ line: index + 2, cells })).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (rows.length > MAX_CLIENTS) {
    return { ok: false, error: t('csv_tooMany', rows.length, MAX_CLIENTS) };
  }
  const seen = new Map<string, string>();
  const onList = t('csv_onList');
  for (const c of existing) seen.set(normaliseName(c.name), onList);
  const accepted: ClientImport['accepted'] = [];
  const rejected: RejectedRow[] = [];
  for (const { line, cells } of rows) {
    const row: Record<string, string> = {};
    fields.forEach((field, i) => {
      if (field && row[field] === undefined) row[field] = cells[i] ?? '';
    });
    const name = (row.name ?? '').trim();
    const checked = checkRow(row, name, seen);
    if (typeof checked === 'string') {
      rejected.push({ line, name, reason: checked });
    } else {
      seen.set(normaliseName(name), t('csv_sameAs', line));
      accepted.push(checked);
    }
  }
  return { ok: true, value: { accepted, rejected } };
}

/** One row as a client, or the reason it is rejected. */
function checkRow(row: Record<string, string>, name: string, seen: Map<string, string>): Omit<Client, 'id'> | string {
  if (!name) return t('csv_emptyName');
  if (name.length > MAX_NAME) return t('csv_nameTooLong', MAX_NAME);
  // A name never spans lines: a quote left open (a file cut off, a stray ") swallows the rows after it.
  if (/[\r\n]/.test(name)) return t('csv_multiline');
  const aliases = (row.aliases ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const formula = [name, ...aliases].find(looksLikeFormula);
  if (formula !== undefined) return t('csv_formula', formula.slice(0, 40));
  const key = normaliseName(name);
  if (!key) return t('csv_noLetters');
  const duplicate = seen.get(key);
  if (duplicate) return t('csv_duplicate', duplicate);
  const handles: Client['handles'] = {};
  for (const platform of PLATFORMS) {
    const value = (row[platform] ?? '').trim();
    if (!value) continue;
    const handle = normaliseHandle(platform, value);
    if (!handle.ok) return handle.error;
    handles[platform] = handle.handle;
  }
  return { name, aliases, handles };
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
