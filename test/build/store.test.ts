import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
// JSZip is what WXT writes the store packages with (a dependency of wxt).
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The packages `npm run zip` makes for the two stores, made here in a
 * temporary directory: what is in them, that addons.mozilla.org's reviewers
 * can rebuild the add-on byte for byte from the sources zip, and that
 * Mozilla's linter (web-ext lint) has nothing to say that STORE.md does not explain.
 */

const ROOT = resolve('.');
/** Firefox keys storage and IndexedDB to this id: changing it loses every user's clients and log. */
const GECKO_ID = 'boundary-guard@boundaryguard.app';
const ICON_SIZES = [16, 32, 48, 96, 128];

let out: string;
let firefoxZip: JSZip;
let chromeZip: JSZip;
let sourcesZip: JSZip;
let sourcesZipPath: string;

/** The environment of `npm run zip`: Vitest's NODE_ENV=test would make a development build (with file paths in it). */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) delete env[key];
  return env;
}

function wxt(args: string[], cwd: string, outDir: string): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
    cwd,
    env: cliEnv({ BG_OUT_DIR: outDir }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function zipIn(dir: string, suffix: string): string {
  const name = readdirSync(dir).find((f) => f.endsWith(suffix));
  if (!name) throw new Error(`No *${suffix} in ${dir}: ${readdirSync(dir).join(', ')}`);
  return join(dir, name);
}

async function readZip(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

interface Manifest {
  manifest_version: number;
  default_locale?: string;
  name: string;
  description: string;
  icons: Record<string, string>;
  action: { default_icon?: Record<string, string> };
  background: { scripts?: string[]; service_worker?: string };
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: { gecko?: Record<string, unknown> };
}

async function manifestOf(zip: JSZip): Promise<Manifest> {
  const text = await zip.file('manifest.json')?.async('string');
  if (!text) throw new Error('No manifest.json in the package');
  return JSON.parse(text);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function files(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'bg-store-'));
  wxt(['zip', '-b', 'firefox'], ROOT, out);
  wxt(['zip'], ROOT, out);
  sourcesZipPath = zipIn(out, '-sources.zip');
  [firefoxZip, chromeZip, sourcesZip] = await Promise.all([
    readZip(zipIn(out, '-firefox.zip')),
    readZip(zipIn(out, '-chrome.zip')),
    readZip(sourcesZipPath),
  ]);
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('store packages', () => {
  it('Firefox: MV3 with a stable add-on id, a minimum version, and no data collected', async () => {
    const m = await manifestOf(firefoxZip);
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings?.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: expect.stringMatching(/^1[4-9]\d\.0$/),
      data_collection_permissions: { required: ['none'] },
    });
    // Firefox MV3 runs the background as an event page: scripts, not a service worker.
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.content_security_policy.extension_pages).toMatch(/connect-src 'none'/);
    expect(m).not.toHaveProperty('minimum_chrome_version');
  });

  it('Chrome: MV3 with a service worker and no Firefox-only keys', async () => {
    const m = await manifestOf(chromeZip);
    expect(m.manifest_version).toBe(3);
    expect(m.background.service_worker).toBe('background.js');
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.content_security_policy.extension_pages).toMatch(/connect-src 'none'/);
  });

  it.each([
    ['firefox', () => firefoxZip],
    ['chrome', () => chromeZip],
  ])('%s: icons at every size, in the manifest and on the toolbar button, each PNG the size it claims', async (_, zip) => {
    const m = await manifestOf(zip());
    expect(Object.keys(m.icons).map(Number)).toEqual(ICON_SIZES);
    expect(m.action.default_icon).toEqual(m.icons);
    for (const [size, path] of Object.entries(m.icons)) {
      const png = await zip().file(path)?.async('nodebuffer');
      expect(png, `${path} is in the package`).toBeDefined();
      expect(pngSize(png as Buffer)).toEqual([Number(size), Number(size)]);
    }
  });

  it.each([
    ['firefox', () => firefoxZip],
    ['chrome', () => chromeZip],
  ])('%s: a name and a short description in every language, within the stores’ limits', async (_, zip) => {
    const m = await manifestOf(zip());
    // Both come from _locales/<language>/messages.json, English by default.
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    const languages = [...new Set(files(zip()).flatMap((f) => /^_locales\/([^/]+)\/messages\.json$/.exec(f)?.[1] ?? []))];
    expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
    for (const lang of languages) {
      const messages = JSON.parse((await zip().file(`_locales/${lang}/messages.json`)?.async('string')) ?? '{}');
      const name: string = messages.extName?.message ?? '';
      const description: string = messages.extDescription?.message ?? '';
      expect(name.length, `${lang}: name`).toBeGreaterThan(0);
      expect(name.length, `${lang}: name`).toBeLessThanOrEqual(45);
      expect(description.length, `${lang}: description`).toBeGreaterThan(40);
      expect(description.length, `${lang}: description`).toBeLessThanOrEqual(132);
    }
  });

  it('the sources zip holds what the build reads and the instructions, and nothing else', () => {
    const names = files(sourcesZip);
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'STORE.md', 'PRIVACY.md', 'LICENSE']) {
      expect(names).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('src/guard/'))).toBe(true);
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
    const forbidden = names.filter(
      (n) =>
        /(^|\/)(test|tests|node_modules|fixtures|scripts)\//.test(n) ||
        /(^|\/)\./.test(n) ||
        /\.(pem|key|crt|p12|pfx|crx|xpi|zip|env|log)$/i.test(n) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(n),
    );
    expect(forbidden).toEqual([]);
  });

  it('the sources zip rebuilds the Firefox package byte for byte (what an AMO reviewer does)', async () => {
    const dir = mkdtempSync(join(out, 'review-'));
    for (const name of files(sourcesZip)) {
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await (sourcesZip.file(name) as JSZip.JSZipObject).async('nodebuffer'));
    }
    // The reviewer runs `npm ci`; the same locked packages are already here.
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    wxt(['zip', '-b', 'firefox'], dir, join(dir, '.output'));
    const rebuilt = await readZip(zipIn(join(dir, '.output'), '-firefox.zip'));
    expect(files(rebuilt)).toEqual(files(firefoxZip));
    for (const name of files(firefoxZip)) {
      const [a, b] = await Promise.all([firefoxZip, rebuilt].map((z) => (z.file(name) as JSZip.JSZipObject).async('nodebuffer')));
      expect(Buffer.compare(a as Buffer, b as Buffer), `${name} differs when rebuilt from the sources zip`).toBe(0);
    }
  }, 120_000);

  it('web-ext lint: no errors, and every remaining warning is explained in STORE.md', async () => {
    const dir = mkdtempSync(join(out, 'lint-'));
    for (const name of files(firefoxZip)) {
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await (firefoxZip.file(name) as JSZip.JSZipObject).async('nodebuffer'));
    }
    // Exits non-zero on errors; the JSON report is on stdout either way.
    const raw = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--no-config-discovery', '--source-dir', dir, '--output', 'json'],
      {
        // No npm registry check for a newer web-ext: tests make no network requests.
        env: cliEnv({ NO_UPDATE_NOTIFIER: '1' }),
        encoding: 'utf8',
      },
    ).stdout;
    const report = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      errors: Array<{ code: string; message: string; file?: string }>;
      warnings: Array<{ code: string; message: string; file?: string }>;
    };
    expect(report.errors).toEqual([]);
    const store = readFileSync('STORE.md', 'utf8');
    for (const w of report.warnings)
      expect(store, `STORE.md does not explain ${w.code} (${w.message}, ${w.file})`).toContain(`\`${w.code}\``);
  }, 60_000);
});
