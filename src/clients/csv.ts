import Papa from 'papaparse';
import { PLATFORMS } from '../policy/vocabulary';
import { normaliseHandle } from './handles';
import { normaliseName } from './normalise';
import type { Client } from './types';

export const MAX_CLIENTS = 10_000;
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const MAX_NAME = 200;

export interface RejectedRow {
  /** 1-based line of the row in the file, counting the header as line 1. */
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
export function parseClientsCsv(text: string, existing: readonly Client[] = []): ImportResult {
  if (text.length > MAX_CSV_BYTES) {
    return { ok: false, error: `The file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; at most 5 MB).` };
  }
  if (text.includes('\uFFFD')) {
    return { ok: false, error: 'The file is not valid UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again.' };
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name')) {
    return {
      ok: false,
      error: `Missing header: the first row must name a "name" column (found: ${fields.length ? fields.map((f) => `"${f}"`).join(', ') : 'nothing'}).`,
    };
  }
  if (parsed.data.length > MAX_CLIENTS) {
    return { ok: false, error: `Too many rows: ${parsed.data.length} (at most ${MAX_CLIENTS}).` };
  }
  const seen = new Map<string, string>();
  for (const c of existing) seen.set(normaliseName(c.name), 'already on your client list');
  const accepted: ClientImport['accepted'] = [];
  const rejected: RejectedRow[] = [];
  for (const [index, row] of parsed.data.entries()) {
    const line = index + 2;
    const name = (row.name ?? '').trim();
    const checked = checkRow(row, name, seen);
    if (typeof checked === 'string') {
      rejected.push({ line, name, reason: checked });
    } else {
      seen.set(normaliseName(name), `same name as line ${line}`);
      accepted.push(checked);
    }
  }
  return { ok: true, value: { accepted, rejected } };
}

/** One row as a client, or the reason it is rejected. */
function checkRow(row: Record<string, string>, name: string, seen: Map<string, string>): Omit<Client, 'id'> | string {
  if (!name) return 'empty name';
  if (name.length > MAX_NAME) return `name longer than ${MAX_NAME} characters`;
  const aliases = (row.aliases ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const formula = [name, ...aliases].find(looksLikeFormula);
  if (formula !== undefined) return `"${formula.slice(0, 40)}" looks like a spreadsheet formula`;
  const key = normaliseName(name);
  if (!key) return 'name has no letters or digits';
  const duplicate = seen.get(key);
  if (duplicate) return `duplicate: ${duplicate}`;
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

/** The client list as CSV; cells that a spreadsheet would run as formulas are neutralised. */
export function clientsToCsv(clients: readonly Client[]): string {
  return Papa.unparse(
    {
      fields: ['name', 'aliases', ...PLATFORMS],
      data: clients.map((c) => [c.name, c.aliases.join('; '), ...PLATFORMS.map((p) => c.handles[p] ?? '')]),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
