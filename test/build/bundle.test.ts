import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Checks on what `npm run build` produced, so a regression fails `npm test`:
 * the content-script budget, no network or remote-code APIs, no page storage
 * from content scripts, and only justified permissions.
 */
const OUT = process.env.BG_EXTENSION_DIR ?? '.output/chrome-mv3';
const CONTENT_BUDGET_BYTES = 15 * 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

const all = jsFiles(OUT);
const contentScripts = all.filter((f) => f.includes('content-scripts'));
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

describe('built extension', () => {
  it('has a content script per platform', () => {
    const declared = (manifest.content_scripts as Array<{ js: string[] }>).flatMap((c) => c.js);
    expect(declared.length).toBeGreaterThanOrEqual(1);
    for (const js of declared) expect(contentScripts.map((f) => f.slice(OUT.length + 1))).toContain(js);
  });

  it.each(contentScripts.map((f) => [f]))('%s stays within 15 kB gzipped', (file) => {
    const size = gzipSync(readFileSync(file)).length;
    expect(size, `${file}: ${size} bytes gzipped`).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
  });

  it.each(all.map((f) => [f]))('%s makes no network calls', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const api of [/\bfetch\(/, /XMLHttpRequest/, /\bWebSocket\b/, /\bEventSource\b/, /sendBeacon/, /importScripts/]) {
      expect(code, `${file} uses ${api}`).not.toMatch(api);
    }
  });

  it.each(all.map((f) => [f]))('%s loads no remote code', (file) => {
    const code = readFileSync(file, 'utf8');
    // Remote scripts or styles: an http(s) URL next to a script/import/link load.
    expect(code).not.toMatch(/(import\(|src\s*=|href\s*=)\s*["'`]https?:/);
    expect(code).not.toMatch(/\beval\(/);
  });

  it.each(contentScripts.map((f) => [f]))('%s touches no page storage and carries no zod', (file) => {
    const code = readFileSync(file, 'utf8');
    // IndexedDB, localStorage, sessionStorage or cookies opened from a content script belong to the web page.
    for (const api of [/\bindexedDB\b/, /\blocalStorage\b/, /\bsessionStorage\b/, /document\.cookie/, /storage\.sync\b/]) {
      expect(code, `${file} uses ${api}`).not.toMatch(api);
    }
    expect(code).not.toMatch(/ZodError|\$ZodType/);
    expect(code).not.toMatch(/\bnew Function\(/);
  });

  it('asks only for permissions PERMISSIONS.md justifies', () => {
    const justified = readFileSync('PERMISSIONS.md', 'utf8');
    const asked: string[] = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
    ];
    for (const p of asked) expect(justified, `PERMISSIONS.md does not justify "${p}"`).toContain(`\`${p}\``);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('forbids extension pages to connect anywhere', () => {
    expect(manifest.content_security_policy?.extension_pages).toMatch(/connect-src 'none'/);
  });
});
