import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { FIXTURES_DIR } from './server';
import { type Session, startSession } from './session';

export interface PlatformOptions {
  /** The client list as a spreadsheet saves it, imported through the options page before the first case. */
  clients: string;
  /** The page a case opens when it names none; a relative address is resolved against it. */
  start: string;
  /** 'reuse': one tab, a fresh load per case (quicker); 'new': a new tab per case, closed after it. */
  tabs: 'reuse' | 'new';
}

/** A test file's session on one platform's pages, with the hooks that start and check it. */
export interface Platform {
  readonly session: Session;
  /** What the options page said about the import of `clients`. */
  readonly importResult: string;
  /** Opens a fixture page (absolute, relative to `start`, or `start` itself) and waits until the guard is live. */
  open(url?: string): Promise<Page>;
  /** For the current case, on a real saved page: the requests its own markup names (its images, scripts) are its own. */
  realPage(file: string): void;
}

/** The real page's markup names every resource it loads; anything else (a fetch, a beacon) would be the extension's. */
function notThePagesOwn(requests: string[], file: string | null): string[] {
  if (!file) return requests;
  const html = readFileSync(join(FIXTURES_DIR, file), 'utf8').replaceAll('&amp;', '&');
  return requests.filter((r) => {
    const url = r.split(' ')[1] ?? '';
    const { pathname, search, origin } = new URL(url);
    return !(html.includes(url) || html.includes(`${origin}${pathname}`) || html.includes(`${pathname.slice(1)}${search}`));
  });
}

/**
 * Registers the file's hooks: one session with the client list imported before the first case, closed after
 * the last; after every case, nothing may have gone anywhere but the fixture pages. Call at the top of a file.
 */
export function usePlatform({ clients, start, tabs }: PlatformOptions): Platform {
  let session: Session | undefined;
  let importResult = '';
  let page: Page | null = null;
  let realPageFile: string | null = null;
  const live = (): Session => {
    if (!session) throw new Error('No session: usePlatform() starts it in beforeAll');
    return session;
  };

  beforeAll(async () => {
    session = await startSession({ certDir: inject('e2eCertDir') });
    importResult = await session.importClients(clients);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    if (tabs === 'new') await page?.close();
    page = null;
    // The privacy promise, after every case: nothing went anywhere but the fixture pages.
    expect(notThePagesOwn(live().network.unexpected(), realPageFile)).toEqual([]);
    realPageFile = null;
    live().network.reset();
  });

  return {
    get session() {
      return live();
    },
    get importResult() {
      return importResult;
    },
    async open(url = start) {
      const address = new URL(url, start).href;
      page = tabs === 'new' ? await live().open(address) : await live().visit(address);
      return page;
    },
    realPage(file: string) {
      realPageFile = file;
    },
  };
}
