/**
 * Chromium for the benchmark, with or without the built extension, with the same
 * flags otherwise: the e2e flags (test/e2e/support/browser.ts) plus a DevTools
 * port, so puppeteer-core can reach what Playwright cannot (the service worker's
 * own target, a browser-wide trace). Fresh profile per launch, removed on close.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer, { type CDPSession, type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { CHROMIUM, extensionDir, hostResolverRules, missingPrerequisites } from '../e2e/support/browser';

export type Mode = 'with' | 'without';

export interface BenchBrowser {
  mode: Mode;
  context: BrowserContext;
  /** Null without the extension. */
  extensionId: string | null;
  /** Connects puppeteer-core to the same browser over the DevTools port (to the browser target only). */
  devtools(): Promise<PuppeteerBrowser>;
  /** A DevTools session on the extension's service worker, or null when it is not running. */
  serviceWorkerSession(): Promise<CDPSession | null>;
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Every open browser, so a timeout or Ctrl+C still closes them and removes their profiles. */
const open = new Set<BenchBrowser>();

export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((b) => b.close()));
}

export async function launch(mode: Mode, port: number, dir = extensionDir()): Promise<BenchBrowser> {
  if (mode === 'with') {
    const problems = missingPrerequisites(dir);
    if (problems.length) throw new Error(problems.join('\n'));
  }
  const userDataDir = await mkdtemp(join(tmpdir(), `bg-bench-${mode}-`));
  const extensionArgs = mode === 'with' ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${hostResolverRules(port)}`,
      // 127.0.0.1 only (Chromium's default), a free port written to DevToolsActivePort in the profile.
      '--remote-debugging-port=0',
    ],
  });
  let pptr: PuppeteerBrowser | null = null;
  const browser: BenchBrowser = {
    mode,
    context,
    extensionId: null,
    async devtools() {
      if (pptr?.connected) return pptr;
      const [devtoolsPort] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
      pptr = await puppeteer.connect({
        browserURL: `http://127.0.0.1:${devtoolsPort}`,
        defaultViewport: null,
        // Pages stay Playwright's alone: puppeteer attaches to nothing it is not asked about.
        targetFilter: (t) => t.type() === 'browser',
      });
      return pptr;
    },
    async serviceWorkerSession() {
      const pb = await browser.devtools();
      const session = await pb.target().createCDPSession();
      const { targetInfos } = await session.send('Target.getTargets');
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
      if (!sw) return null;
      // Attached from the browser target: Playwright's own attachment to the worker is untouched.
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: sw.targetId, flatten: true });
      return session.connection()?.session(sessionId) ?? null;
    },
    async close() {
      open.delete(browser);
      await pptr?.disconnect().catch(() => {});
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  open.add(browser);
  if (mode === 'with') {
    try {
      const isOurs = (w: { url(): string }) => w.url().startsWith('chrome-extension://');
      const worker =
        context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
      browser.extensionId = new URL(worker.url()).host;
    } catch (error) {
      await browser.close();
      throw new Error(`The extension in ${dir} did not start: ${String(error)}`);
    }
  }
  return browser;
}
