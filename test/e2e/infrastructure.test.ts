import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extensionDir } from './support/browser';
import { evaluateInContentScript, fixtureRecord, waitForGuard } from './support/page';
import { ROUTES, urlOf } from './support/routes';
import { withHarness } from './support/server';
import { type Session, startSession } from './support/session';

/** The test infrastructure itself: if these fail, no other end-to-end result means anything. */

function guardedHosts(): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir(), 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ matches: string[] }>;
  };
  return (manifest.content_scripts ?? []).flatMap((c) => c.matches).map((m) => new URL(m.replace(/^\*:/, 'https:')).hostname);
}

describe('fixture server and browser', () => {
  let s: Session;
  let tab: Page | undefined;
  const guarded = guardedHosts();
  beforeAll(async () => {
    s = await startSession({ certDir: inject('e2eCertDir') });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('injects the harness into pages that do not load it, once', () => {
    expect(withHarness('<html><body><p>x</p></body></html>')).toBe(
      '<html><body><p>x</p><script src="/__fixture/harness.js"></script>\n</body></html>',
    );
    expect(withHarness('<p>no body</p>')).toContain('<script src="/__fixture/harness.js"></script>');
    const already = '<body><script src="/__fixture/harness.js"></script></body>';
    expect(withHarness(already)).toBe(already);
  });

  it.each(ROUTES.map((r) => [urlOf(r), r]))(
    'serves %s with its harness, and the guard runs there if the build covers the host',
    async (url, route) => {
      // One tab for every route: a new page load is all each needs.
      tab ??= await s.context.newPage();
      const response = await tab.goto(url);
      expect(response?.status()).toBe(200);
      expect(await fixtureRecord(tab)).toEqual({ actions: [], seen: [] });
      if (guarded.includes(route.host)) expect(await waitForGuard(tab, s.extensionId)).toBe(0);
    },
  );

  it('answers 404 for a path with no route, and the recorder reports it', async () => {
    s.network.reset();
    const page = await s.context.newPage();
    const response = await page.goto('https://www.facebook.com/no/such/fixture');
    expect(response?.status()).toBe(404);
    expect(s.network.unexpected()).toEqual(['GET https://www.facebook.com/no/such/fixture (no fixture route)']);
    await page.close();
  });

  it('resolves no host but the platforms: a request anywhere else fails and is recorded', async () => {
    s.network.reset();
    const page = await s.open('https://www.facebook.com/friends/');
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/collect').then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(s.network.unexpected()).toEqual(['GET https://example.org/collect (fetch)']);
    await page.close();
  });

  it('records requests made from the content script world, even to a fixture page the server answers', async () => {
    s.network.reset();
    const page = await s.open('https://www.facebook.com/friends/');
    await evaluateInContentScript(page, s.extensionId, `fetch('https://example.net/from-content-script').catch(() => {})`);
    await expect.poll(() => s.network.unexpected()).toEqual(['GET https://example.net/from-content-script (fetch)']);
    s.network.reset();
    await evaluateInContentScript(page, s.extensionId, `fetch('https://www.facebook.com/friends/').then((r) => r.status)`);
    await expect.poll(() => s.network.unexpected()).toEqual(['GET https://www.facebook.com/friends/ (fetch)']);
    await page.close();
  });

  it("lets no request out of the extension's service worker (the build's CSP), and the server sees none", async () => {
    s.network.reset();
    const served = s.network.served();
    const outcome = await s.browser.serviceWorker.evaluate(() =>
      fetch('https://www.facebook.com/friends/', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(s.network.served()).toBe(served);
    expect(s.network.unexpected()).toEqual([]);
  });
});

describe('network recorder', () => {
  it("records requests made from the extension's service worker (shown with a copy of the build without its CSP)", async () => {
    const copy = await mkdtemp(join(tmpdir(), 'bg-e2e-nocsp-'));
    await cp(extensionDir(), copy, { recursive: true });
    const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8'));
    delete manifest.content_security_policy;
    await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
    const open = await startSession({ certDir: inject('e2eCertDir'), extensionDir: copy });
    try {
      await open.browser.serviceWorker.evaluate(() => fetch('https://example.com/from-worker').catch(() => {}));
      await expect.poll(() => open.network.unexpected()).toEqual(['GET https://example.com/from-worker (fetch)']);
    } finally {
      await open.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});
