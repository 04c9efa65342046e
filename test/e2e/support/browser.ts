import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { PLATFORM_HOSTS } from './routes';

export const CHROMIUM = process.env.BG_CHROMIUM ?? '/usr/bin/chromium';

/** The built extension under test: `npm run build` output unless BG_EXTENSION_DIR names another build. */
export function extensionDir(): string {
  return resolve(process.env.BG_EXTENSION_DIR ?? '.output/chrome-mv3');
}

/** What must be in place before a browser can start; each problem is a sentence saying how to fix it. */
export function missingPrerequisites(dir = extensionDir()): string[] {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM)) {
    problems.push(`Chromium is not at ${CHROMIUM}: apt-get install -y chromium (or set BG_CHROMIUM). End-to-end tests never skip.`);
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    problems.push(`No built extension in ${dir}: run \`npm run build\` first (or set BG_EXTENSION_DIR).`);
  }
  return problems;
}

/** Files the manifest names that the build lacks (Chromium then refuses the extension without saying why). */
function missingManifestFiles(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
    options_ui?: { page?: string };
  };
  const named = [
    manifest.background?.service_worker,
    manifest.options_ui?.page,
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
  ];
  return named.filter((f): f is string => typeof f === 'string' && !existsSync(join(dir, f)));
}

/**
 * Every platform host goes to the fixture server; every other name fails to resolve, so nothing leaves the
 * machine. Chromium takes a port in the replacement, so the server needs no root and no port 443.
 */
export function hostResolverRules(port: number): string {
  return [...PLATFORM_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
}

export interface GuardedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker as it was at launch (MV3 may restart it). */
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Port of the fixture server (see server.ts). */
  port: number;
  headless?: boolean;
  extensionDir?: string;
  /**
   * A profile directory to use and keep (a browser restart: storage and IndexedDB stay, storage.session does
   * not). Without it, a fresh temporary profile is made and removed on close.
   */
  profileDir?: string;
  /**
   * The browser's UI language ("es"), which is the one the extension's messages follow; the default is
   * the machine's (English here). Chromium on Linux takes it from LANGUAGE, and needs its translations
   * installed for it (Debian: chromium-l10n), or it falls back to English.
   */
  language?: string;
}

/**
 * Debian's Chromium with the built extension loaded into a fresh profile.
 * Chromium's new headless mode runs extensions, so no display is needed.
 */
export async function launchBrowser({
  port,
  headless = true,
  extensionDir: dir = extensionDir(),
  profileDir,
  language,
}: LaunchOptions): Promise<GuardedBrowser> {
  const problems = missingPrerequisites(dir);
  if (problems.length) throw new Error(problems.join('\n'));
  const userDataDir = profileDir ?? (await mkdtemp(join(tmpdir(), 'bg-e2e-profile-')));
  // Developer mode, as a developer loading an unpacked build has it: without it Chromium disables a command-line
  // extension that reloads itself a second time (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), as the reload tests do.
  const preferences = join(userDataDir, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    await writeFile(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 760 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${hostResolverRules(port)}`,
      ...(language ? [`--lang=${language}`] : []),
    ],
    ...(language ? { env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` } } : {}),
  });
  const close = async () => {
    await context.close().catch(() => {});
    if (!profileDir) await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    const missing = missingManifestFiles(dir);
    const why = missing.length ? `the manifest names files the build lacks: ${missing.join(', ')}` : String(error);
    throw new Error(`The extension in ${dir} did not start (no service worker): ${why}`);
  }
}
