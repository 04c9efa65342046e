import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { AppProbe } from '../pages/kit/contract';
import { makeCertificate } from './certificate';
import { currentTestFile, recordSession } from './ledger';
import { PLATFORM_HOSTS } from './routes';
import { type FixtureServer, startFixtureServer } from './server';

/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi with puppeteer-core,
 * with the built add-on installed as a temporary add-on. Firefox has no
 * --host-resolver-rules, so every connection goes through a local proxy that
 * tunnels the platform hosts to the fixture server and refuses everything else:
 * nothing leaves the machine, and every refused request is recorded.
 */

export const FIREFOX = process.env.BG_FIREFOX ?? '/usr/bin/firefox-esr';

/** `npm run build` output for Firefox unless BG_FIREFOX_EXTENSION_DIR names another build. */
export function firefoxExtensionDir(): string {
  return resolve(process.env.BG_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
}

/** Fixed, so the test knows the add-on's moz-extension:// origin (Firefox picks a random one otherwise). */
const INTERNAL_UUID = '6f1c2b8e-5d3a-4e7b-9c41-b0a9d2e7f001';

export function missingFirefoxPrerequisites(dir = firefoxExtensionDir()): string[] {
  const problems: string[] = [];
  if (!existsSync(FIREFOX)) {
    problems.push(`Firefox is not at ${FIREFOX}: apt-get install -y firefox-esr (or set BG_FIREFOX). End-to-end tests never skip.`);
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    problems.push(`No Firefox build in ${dir}: run \`npm run build\` first (or set BG_FIREFOX_EXTENSION_DIR).`);
  }
  return problems;
}

/** What the proxy did: tunnels to the fixture server, and requests it refused (they would have left the machine). */
export interface Proxy {
  port: number;
  readonly refused: string[];
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy: a tunnel to the fixture server for https://<platform host>,
 * a 403 for anything else (recorded). Firefox sends every request here, including
 * those of the add-on's background page and content scripts.
 */
export async function startProxy(fixturePort: number): Promise<Proxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0] ?? '';
      const [, host, port] = /^CONNECT ([^\s:]+):(\d+) HTTP/.exec(line) ?? [];
      if (host && port === '443' && (PLATFORM_HOSTS as readonly string[]).includes(host)) {
        const upstream = tcpConnect(fixturePort, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          client.pipe(upstream);
          upstream.pipe(client);
        });
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        return;
      }
      refused.push(line.replace(/ HTTP\/1\.[01]$/, ''));
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    refused,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** Preferences for a quiet, offline profile: all traffic to the proxy, and Firefox's own services off. */
function preferences(proxyPort: number, geckoId: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.connectivity-service.enabled': false,
    'network.captive-portal-service.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.intermediates.enabled': false,
    'security.remote_settings.crlite_filters.enabled': false,
    // Honoured because MOZ_REMOTE_SETTINGS_DEVTOOLS is set (see launch): Remote Settings stays offline.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.getAddons.get.url': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.topsites.contile.enabled': false,
    'toolkit.telemetry.enabled': false,
    'app.normandy.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: INTERNAL_UUID }),
  };
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox installed (the manifest's browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid> of the add-on. */
  origin: string;
  server: FixtureServer;
  proxy: Proxy;
  /** An options-page tab kept open to talk to the background as the add-on's own pages do. */
  extensionPage: Page;
  open(url: string): Promise<Page>;
  importClients(csv: string): Promise<string>;
  close(): Promise<void>;
}

/** Navigation to moz-extension:// pages: BiDi allows it with --remote-allow-system-access, but reports no load, so poll. */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox (last state: "${state}")`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startFirefoxSession({ certDir, headless = true }: { certDir: string; headless?: boolean }): Promise<FirefoxSession> {
  const dir = firefoxExtensionDir();
  const problems = missingFirefoxPrerequisites(dir);
  if (problems.length) throw new Error(problems.join('\n'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id`);

  const server = await startFixtureServer(makeCertificate(certDir));
  const proxy = await startProxy(server.port);
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless,
      acceptInsecureCerts: true,
      // Lets BiDi open moz-extension:// pages (the options page, to import clients).
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: preferences(proxy.port, geckoId),
      defaultViewport: { width: 1100, height: 760 },
    });
    const addonId = await browser.installExtension(dir);
    const origin = `moz-extension://${INTERNAL_UUID}`;
    const extensionPage = await openExtensionPage(browser, `${origin}/options.html`);
    const b = browser;
    return {
      browser: b,
      addonId,
      origin,
      server,
      proxy,
      extensionPage,
      async open(url: string) {
        const page = await b.newPage();
        await page.goto(url);
        await waitForWatchlist(extensionPage);
        return page;
      },
      importClients: (csv: string) => importClientsFirefox(b, origin, csv),
      async close() {
        await b.close().catch(() => {});
        await proxy.close();
        await server.close();
        // Every request Firefox made goes through the proxy: one it refused, or a path with no fixture, would have left.
        const leaked = [
          ...proxy.refused,
          ...server.requests.filter((r) => r.status === 404).map((r) => `${r.method} https://${r.host}${r.path} (no fixture route)`),
        ];
        await recordSession({
          file: await currentTestFile(),
          browser: 'firefox',
          requests: server.requests.length + proxy.refused.length,
          extensionFiles: 0,
          fromExtension: leaked.length,
          workerNetworkEvents: 0,
          probes: [],
          cspBlocked: [],
          leaked,
        });
        if (leaked.length) throw new Error(`Requests that would have left the machine during this session:\n- ${leaked.join('\n- ')}`);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy.close();
    await server.close();
    throw error;
  }
}

/**
 * The content script asks the background for the client list at document_start.
 * Asking the same question from the add-on's own page after the page has loaded
 * and getting the answer means the background has answered the earlier question too.
 */
async function waitForWatchlist(extensionPage: Page): Promise<number> {
  const count = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ clients?: unknown[] }> } } }).browser;
    const r = await api.runtime.sendMessage({ type: 'watchlist' });
    return Array.isArray(r?.clients) ? r.clients.length : -1;
  });
  if (count < 0) throw new Error('The background page did not answer the watchlist request');
  return count;
}

/** Imports a clients CSV through the options page's contract (file input, confirm, result), as in Chromium. */
async function importClientsFirefox(browser: Browser, origin: string, csv: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bg-ff-csv-'));
  const file = join(dir, 'clients.csv');
  await writeFile(file, csv, 'utf8');
  const page = await openExtensionPage(browser, `${origin}/options.html`);
  try {
    const input = await page.waitForSelector('input[type=file][data-import="clients"]');
    if (!input) throw new Error('No clients import input on the options page');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await page.waitForFunction(
      () => document.querySelector('[data-import-confirm]') || document.querySelector('[data-import-result]')?.textContent?.trim(),
    );
    const confirm = await page.$('[data-import-confirm]');
    if (!confirm) throw new Error(`The CSV was refused: ${await page.$eval('[data-import-result]', (e) => e.textContent ?? '')}`);
    await page.click('[data-import-confirm]');
    await page.waitForFunction(() => document.querySelector('[data-import-result]')?.textContent?.trim());
    return (await page.$eval('[data-import-result]', (e) => e.textContent ?? '')).trim();
  } finally {
    await page.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export interface FixtureRecordFF {
  actions: string[];
  seen: string[];
}

type PageGlobals = { __fixture?: { actions: string[]; seen: string[] }; __app?: AppProbe };

/**
 * What the page's own code did: the fixture harness's record (test/fixtures/harness.js), or on an app page
 * (test/e2e/pages/) its sent list from React state and what its React root saw, as in Chromium (page.ts).
 */
export async function fixtureRecordFF(page: Page): Promise<FixtureRecordFF> {
  const record = await page.evaluate(() => {
    const w = window as unknown as PageGlobals;
    if (w.__app) {
      const { sent, seen } = w.__app.record();
      return { actions: sent, seen };
    }
    const f = w.__fixture;
    return f ? { actions: [...f.actions], seen: [...f.seen] } : null;
  });
  if (!record) throw new Error(`No fixture harness or app on ${page.url()}`);
  return record;
}

/** On an app page, waits until React has rendered it and its editors are attached. */
export async function waitForAppFF(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as PageGlobals).__app?.ready === true, { timeout: 10_000 });
}

/** An app page's editor text, read from its library's state (Lexical's editor state, Draft.js's EditorState). */
export async function editorTextFF(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (el) => (window as unknown as PageGlobals).__app?.editorText(el) ?? null);
}

/** Two frames: whatever the add-on does after an event (synchronously) has happened. */
export async function settleFF(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

export interface ReminderViewFF {
  question: string;
  who: string;
  badge: string | null;
  role: string | null;
  modal: string | null;
  choices: string[];
  focused: string | null;
  /** The computed position of the backdrop ("fixed" when the reminder's styles apply). */
  position: string | null;
  /** The dialog is laid out and wholly in the viewport. */
  inView: boolean;
}

interface RemoteNode {
  type: string;
  sharedId?: string;
  value?: { localName?: string; shadowRoot?: (RemoteNode & { value?: { mode?: string } }) | null };
}
interface BidiRealmAccess {
  realm: {
    callFunction(
      functionDeclaration: string,
      awaitPromise: boolean,
      options: Record<string, unknown>,
    ): Promise<{ type: string; result?: { type: string; value?: RemoteNode[] } }>;
  };
  createHandle(value: RemoteNode): ElementHandle<Node>;
}

/**
 * The reminder's closed shadow root as a handle, reached from outside the page through WebDriver BiDi:
 * serializing <html>'s and <body>'s children with `includeShadowTree: "all"` returns closed roots too
 * (page scripts never see them). Null when no reminder (dialog or notice) is on the page.
 */
export async function reminderRootFF(page: Page): Promise<ElementHandle<Node> | null> {
  const realm = (page.mainFrame() as unknown as { mainRealm(): BidiRealmAccess }).mainRealm();
  const answer = await realm.realm.callFunction(
    // <head> and <body> themselves are left out: once a node is serialized (with its children, to the depth
    // given), BiDi sends it again only by reference, without its shadow root.
    '() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).concat(document.body ? [...document.body.children] : [])',
    false,
    { serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' }, resultOwnership: 'none' },
  );
  if (answer.type !== 'success') throw new Error(`Could not read the page's top elements on ${page.url()}`);
  const roots = (answer.result?.value ?? []).flatMap((node) => {
    const root = node.value?.shadowRoot;
    return root && root.value?.mode === 'closed' ? [root] : [];
  });
  if (roots.length > 1) throw new Error(`${roots.length} reminders on ${page.url()}`);
  return roots[0] ? realm.createHandle(roots[0]) : null;
}

/** The reminder as the therapist sees it, read from its closed shadow root through WebDriver BiDi. */
export async function readReminderFF(page: Page): Promise<ReminderViewFF | null> {
  const root = await reminderRootFF(page);
  if (!root) return null;
  return root.evaluate((node) => {
    const root = node as ShadowRoot;
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]');
    if (!dialog) return null;
    const text = (s: string) => root.querySelector<HTMLElement>(s)?.textContent?.trim() ?? null;
    const backdrop = root.querySelector('.backdrop');
    const box = dialog.getBoundingClientRect();
    return {
      question: text('h2') ?? '',
      who: text('.who') ?? '',
      badge: text('.badge'),
      role: dialog.getAttribute('role'),
      modal: dialog.getAttribute('aria-modal'),
      choices: [...root.querySelectorAll<HTMLElement>('[data-choice]')].map((b) => b.dataset.choice ?? ''),
      focused: (root.activeElement as HTMLElement | null)?.dataset.choice ?? null,
      position: backdrop ? getComputedStyle(backdrop).position : null,
      inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 0,
    };
  });
}

export async function waitForReminderFF(page: Page, timeout = 2_000): Promise<ReminderViewFF> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const view = await readReminderFF(page);
    if (view) return view;
    if (Date.now() > deadline) throw new Error(`No reminder appeared on ${page.url()}`);
    await settleFF(page);
  }
}

export async function reminderShownFF(page: Page): Promise<boolean> {
  await settleFF(page);
  return (await reminderRootFF(page)) !== null;
}

/** Clicks Stop or Proceed (a real click at the button, through BiDi input actions) and waits until the reminder has gone. */
export async function chooseFF(page: Page, choice: 'stop' | 'proceed'): Promise<void> {
  const root = await reminderRootFF(page);
  const button = await root?.$(`[data-choice="${choice}"]`);
  if (!button) throw new Error(`No ${choice} button in a reminder on ${page.url()}`);
  await button.click();
  const deadline = Date.now() + 2_000;
  while (await reminderRootFF(page)) {
    if (Date.now() > deadline) throw new Error(`The reminder is still on ${page.url()}`);
    await settleFF(page);
  }
}
