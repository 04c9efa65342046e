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
    expect(s.network.excuseProbes()).toEqual(['GET https://www.facebook.com/no/such/fixture (no fixture route)']);
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
    expect(s.network.excuseProbes()).toEqual(['GET https://example.org/collect (fetch)']);
    await page.close();
  });

  it('records requests made from the content script world, even to a fixture page the server answers', async () => {
    s.network.reset();
    const page = await s.open('https://www.facebook.com/friends/');
    await evaluateInContentScript(page, s.extensionId, `fetch('https://example.net/from-content-script').catch(() => {})`);
    await expect.poll(() => s.network.unexpected()).toEqual(['GET https://example.net/from-content-script (fetch)']);
    s.network.excuseProbes();
    await evaluateInContentScript(page, s.extensionId, `fetch('https://www.facebook.com/friends/').then((r) => r.status)`);
    await expect.poll(() => s.network.unexpected()).toEqual(['GET https://www.facebook.com/friends/ (fetch)']);
    s.network.excuseProbes();
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
    // No request left; the observer on the worker's CDP target saw the attempt the CSP blocked.
    await expect
      .poll(() => s.network.blockedAttempts())
      .toEqual([expect.stringMatching(/^service worker: .*https:\/\/www\.facebook\.com\/friends\/.*connect-src 'none'/)]);
    expect(s.network.excuseProbes().every((line) => line.startsWith('blocked by the CSP: service worker'))).toBe(true);
  });

  it('fails a session on close if anything left it that no test excused (the check every test file gets)', async () => {
    // Kept out of the suite's figures: this leak is the point of the test.
    const other = await startSession({ certDir: inject('e2eCertDir'), record: false });
    const page = await other.open('https://www.facebook.com/friends/');
    await evaluateInContentScript(page, other.extensionId, `fetch('https://example.org/unexcused').catch(() => {})`);
    await expect.poll(() => other.network.unexpected()).toEqual(['GET https://example.org/unexcused (fetch)']);
    // Even after a reset, the whole session still counts.
    other.network.reset();
    await expect(other.close()).rejects.toThrow(/Requests outside the fixtures during this session[\s\S]*example\.org\/unexcused/);
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
      // Both observers see it: Playwright's, and the CDP session on the worker target.
      await expect
        .poll(() => [...open.network.unexpected()].sort())
        .toEqual([
          'GET https://example.com/from-worker (fetch, from the extension)',
          'GET https://example.com/from-worker (service worker, seen over CDP)',
        ]);
      open.network.excuseProbes();
    } finally {
      await open.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});
