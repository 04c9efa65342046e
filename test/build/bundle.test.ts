import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetOf } from '../support/budgets';

/**
 * Checks on what `npm run build` produced, so a regression fails `npm test`:
 * the content-script budget, no network or remote-code APIs, no page storage
 * from content scripts, no storage.sync anywhere, no HTML parsing of strings in
 * the sources, and only justified permissions and hosts.
 */
const OUT = process.env.BG_EXTENSION_DIR ?? '.output/chrome-mv3';

function filesOf(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOf(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const jsFiles = (dir: string) => filesOf(dir, /\.js$/);
const all = jsFiles(OUT);
const contentScripts = all.filter((f) => f.includes('content-scripts'));
/** The guards (one a site, from document_start); each site's health checks are a second script, run when idle. */
const guardScripts = contentScripts.filter((f) => !f.endsWith('-health.js'));
const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));

describe('built extension', () => {
  it('has a content script per platform', () => {
    const declared = (manifest.content_scripts as Array<{ js: string[] }>).flatMap((c) => c.js);
    expect(declared.length).toBeGreaterThanOrEqual(1);
    expect(guardScripts.length * 2).toBe(contentScripts.length);
    for (const js of declared) expect(contentScripts.map((f) => f.slice(OUT.length + 1))).toContain(js);
  });

  it.each(contentScripts.map((f) => [f, budgetOf(f)]))('%s stays within its budget (%i bytes gzipped)', (file, budget) => {
    const size = gzipSync(readFileSync(file)).length;
    expect(size, `${file}: ${size} bytes gzipped`).toBeLessThanOrEqual(budget);
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

  // webextension-polyfill's own refusal message: in every build that carries the polyfill, in no other.
  const POLYFILL = 'This script should only be loaded in a browser extension';

  it.each(contentScripts.map((f) => [f]))("%s uses the browser's own API, not webextension-polyfill", (file) => {
    expect(readFileSync(file, 'utf8'), `${file} carries webextension-polyfill`).not.toContain(POLYFILL);
  });

  it('the background carries webextension-polyfill (its message answers are promises)', () => {
    // Also proves the marker above still names the polyfill's code.
    expect(readFileSync(join(OUT, 'background.js'), 'utf8')).toContain(POLYFILL);
  });

  it.each(contentScripts.map((f) => [f]))('%s says nothing to the page: no message posted, no WXT signal, no open root', (file) => {
    const code = readFileSync(file, 'utf8');
    // WXT's own content-script context posts the extension's id to the page and stops on a forgeable event
    // (wxt.config.ts swaps in src/guard/lifetime.ts).
    expect(code).not.toMatch(/postMessage|content-script-started|boundary-guard-reminder/);
    expect(code).not.toMatch(/mode:"open"/);
  });

  it.each(guardScripts.map((f) => [f]))('%s shows the reminder in a closed root (the page cannot read it)', (file) => {
    expect(readFileSync(file, 'utf8')).toMatch(/attachShadow\(\{mode:"closed"\}\)/);
  });

  it.each(all.map((f) => [f]))('%s never uses storage.sync (it copies data to the browser vendor)', (file) => {
    const code = readFileSync(file, 'utf8');
    // The polyfill's table of API shapes names "sync:{…}"; a use is storage.sync or <area>.sync.<method>(.
    expect(code).not.toMatch(/storage\.sync\b|\.sync\.(get|set|remove|clear|getBytesInUse)\(|\["sync"\]|\['sync'\]/);
  });

  it.each(filesOf(OUT, /\.(html|css)$/).map((f) => [f]))(
    '%s loads nothing remote (no http(s) script, style, font, image or import)',
    (file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
      expect(text).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    },
  );

  it('exposes nothing to web pages or other extensions: no web-accessible resources, no external connections', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy?.extension_pages).toMatch(/script-src 'self';/);
    expect(manifest.content_security_policy?.extension_pages).not.toMatch(/https?:|\*|unsafe-eval|wasm-unsafe-eval/);
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

  it('runs content scripts only on hosts PERMISSIONS.md lists (with the path, where only part of a host is guarded)', () => {
    const justified = readFileSync('PERMISSIONS.md', 'utf8');
    const places = (manifest.content_scripts as Array<{ matches: string[] }>)
      .flatMap((c) => c.matches)
      .map((m) => {
        const url = new URL(m.replace(/^\*:/, 'https:'));
        return url.pathname === '/*' ? url.hostname : `${url.hostname}${url.pathname}`;
      });
    for (const place of new Set(places)) expect(justified, `PERMISSIONS.md does not list ${place}`).toContain(`\`${place}\``);
  });

  it('forbids extension pages to connect anywhere', () => {
    expect(manifest.content_security_policy?.extension_pages).toMatch(/connect-src 'none'/);
  });
});

describe('sources', () => {
  const sources = ['src', 'entrypoints'].flatMap((dir) => filesOf(dir, /\.(ts|tsx)$/));

  it.each(sources.map((f) => [f]))('%s never parses a string as HTML (page text stays text)', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const api of [
      /\.innerHTML\b/,
      /\.outerHTML\s*=/,
      /insertAdjacentHTML/,
      /dangerouslySetInnerHTML/,
      /document\.write/,
      /createContextualFragment/,
      /setHTMLUnsafe|parseHTMLUnsafe/,
      /new DOMParser/,
      /\beval\(|new Function\(/,
    ]) {
      expect(code, `${file} uses ${api}`).not.toMatch(api);
    }
  });
});
