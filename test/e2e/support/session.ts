import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type GuardedBrowser, launchBrowser } from './browser';
import { makeCertificate } from './certificate';
import { currentTestFile, recordSession } from './ledger';
import { NetworkRecorder } from './network';
import { importClients } from './options';
import { waitForApp, waitForGuard } from './page';
import { startFixtureServer } from './server';

/** One fixture server and one browser with the extension: what a test file (or the demo) works with. */
export interface Session {
  context: BrowserContext;
  extensionId: string;
  browser: GuardedBrowser;
  port: number;
  network: NetworkRecorder;
  /** Opens a new tab on a fixture address and waits until the guard is live there (content script and client list). */
  open(url: string): Promise<Page>;
  /** The same in the session's one reusable tab: a fresh page load each time, without the cost of a new tab. */
  visit(url: string): Promise<Page>;
  /** Imports a clients CSV through the options page; returns the result text. */
  importClients(csv: string): Promise<string>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Directory with (or for) the test certificate; a temporary one is made and removed when not given. */
  certDir?: string;
  headless?: boolean;
  /** Another build than extensionDir() (browser.ts). */
  extensionDir?: string;
  /** A profile kept across sessions (see LaunchOptions.profileDir): the second session is a browser restart. */
  profileDir?: string;
  /** Add this session's figures to the suite's (default); off only for the recorder's own self-test. */
  record?: boolean;
  /** The browser's UI language (see LaunchOptions.language); the machine's when not given. */
  language?: string;
}

export async function startSession({
  certDir,
  headless = true,
  extensionDir,
  profileDir,
  record = true,
  language,
}: SessionOptions = {}): Promise<Session> {
  const ownCertDir = certDir ? null : await mkdtemp(join(tmpdir(), 'bg-e2e-cert-'));
  const server = await startFixtureServer(makeCertificate(certDir ?? (ownCertDir as string)));
  let browser: GuardedBrowser;
  try {
    browser = await launchBrowser({
      port: server.port,
      headless,
      ...(extensionDir ? { extensionDir } : {}),
      ...(profileDir ? { profileDir } : {}),
      ...(language ? { language } : {}),
    });
  } catch (error) {
    await server.close();
    if (ownCertDir) await rm(ownCertDir, { recursive: true, force: true });
    throw error;
  }
  const { context, extensionId } = browser;
  const network = new NetworkRecorder(context, extensionId, server);
  const browserCdp = await context.browser()?.newBrowserCDPSession();
  if (!browserCdp) throw new Error('No browser-level CDP session: the service worker cannot be observed');
  await network.observeWorkers(browserCdp);
  let tab: Page | undefined;
  return {
    context,
    extensionId,
    browser,
    port: server.port,
    network,
    async open(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      await waitForGuard(page, extensionId);
      await waitForApp(page);
      return page;
    },
    async visit(url: string) {
      if (!tab || tab.isClosed()) tab = await context.newPage();
      await tab.goto(url);
      await waitForGuard(tab, extensionId);
      await waitForApp(tab);
      return tab;
    },
    importClients: (csv: string) => importClients(context, extensionId, csv),
    async close() {
      // The promise over the whole session, whatever the cases checked: no request left the machine.
      if (record) await recordSession(network.figures(await currentTestFile()));
      await browser.close();
      await server.close();
      if (ownCertDir) await rm(ownCertDir, { recursive: true, force: true });
      network.assertClean();
    },
  };
}
