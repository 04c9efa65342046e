/**
 * The options page with 2,000 clients and 10,000 log entries: first render of
 * the client list and of the log, and search-as-you-type in the client list.
 * Data is seeded straight into the extension's IndexedDB (the database and
 * stores of src/storage/db.ts, at whatever version the page opened it) from
 * the options page's own context.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { optionsUrl } from '../e2e/support/options';
import { launch } from './browser';
import { clients, logEntries } from './data';
import { type Cdp, eventTimings, startTrace } from './devtools';
import { median, round } from './stats';

const PROBE_SCRIPT = fileURLToPath(new URL('./page/options-probe.js', import.meta.url));

export interface OptionsLoad {
  tab: 'clients' | 'log';
  /** Navigation start → end of the main-thread work of the first frame whose DOM holds the first page of rows. */
  renderedMs: number;
  /** Navigation start → the rAF of that frame (before its style, layout and paint). */
  frameWithDataMs: number;
  fcpMs: number;
}

export interface Keystroke {
  key: string;
  /** input event timeStamp → presentation of the next frame (trace EventTiming). */
  inputToPaintMs: number;
  /** keydown timeStamp → that same presentation: what the person typing waits for. */
  keydownToPaintMs: number;
  /** The input event's handlers (the search and the re-render of the list). */
  processingMs: number;
}

export interface OptionsResult {
  clients: number;
  logEntries: number;
  loads: OptionsLoad[];
  typing: Keystroke[];
  shownAfterTyping: string;
}

const KEYS = [
  'm',
  'a',
  'r',
  'i',
  'a',
  ' ',
  'p',
  'e',
  'r',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  'o',
];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls the probe (the page's CSP forbids the string predicates of waitForFunction). */
async function rendered(page: Page): Promise<{ rendered: number; frameWithData: number; fcp: number }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const probe = (await page.evaluate('window.__optbench')) as { rendered: number; frameWithData: number; fcp: number } | undefined;
    if (probe && probe.rendered > 0) return probe;
    if (Date.now() > deadline) throw new Error(`The options page did not render its data: ${page.url()}`);
    await sleep(50);
  }
}

export async function optionsBench(port: number, loadsPerTab: number): Promise<OptionsResult> {
  const b = await launch('with', port);
  try {
    const { context, extensionId } = b;
    const url = optionsUrl(extensionId as string);
    const list = clients(2000);
    const log = logEntries(10_000, Date.now());
    const seed = await context.newPage();
    await seed.goto(url);
    // The page opens (and creates or upgrades) its database as it loads; the seed then opens whatever
    // version that is, so a schema upgrade in src/storage/db.ts needs no change here.
    await seed.locator('input[type=file][data-import="clients"]').waitFor({ state: 'attached' });
    await seed.evaluate(`(async () => {
      const clients = ${JSON.stringify(list)};
      const log = ${JSON.stringify(log)};
      const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
      for (let i = 0; i < 200 && !(await indexedDB.databases()).some((d) => d.name === 'boundary-guard' && d.version >= 1); i += 1) await sleep(25);
      const db = await new Promise((ok, fail) => {
        const req = indexedDB.open('boundary-guard');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of ['clients', 'log']) {
        if (!db.objectStoreNames.contains(store)) throw new Error('no object store ' + store + ' in the extension database');
      }
      await new Promise((ok, fail) => {
        const tx = db.transaction(['clients', 'log'], 'readwrite');
        for (const c of clients) tx.objectStore('clients').put(c);
        for (const e of log) tx.objectStore('log').add(e);
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      // A returning therapist: the first-run setup is done; open tabs re-read the list.
      await chrome.storage.local.set({ setupDone: true, clientsRevision: Date.now() });
    })()`);
    await seed.close();
    await context.addInitScript({ path: PROBE_SCRIPT });

    const loads: OptionsLoad[] = [];
    for (let i = 0; i < loadsPerTab; i += 1) {
      for (const tab of ['clients', 'log'] as const) {
        const page = await context.newPage();
        await page.goto(`${url}#${tab}`);
        const probe = await rendered(page);
        loads.push({ tab, renderedMs: round(probe.rendered), frameWithDataMs: round(probe.frameWithData), fcpMs: round(probe.fcp) });
        await page.close();
      }
    }

    const page = await context.newPage();
    await page.goto(`${url}#clients`);
    await rendered(page);
    await page.locator('[data-client-search]').click();
    await sleep(300);
    const cdp = (await context.newCDPSession(page)) as unknown as Cdp;
    const endTrace = await startTrace(cdp, ['devtools.timeline']);
    for (const key of KEYS) {
      await page.keyboard.press(key);
      await sleep(150);
    }
    const events = eventTimings(await endTrace());
    const shownAfterTyping = ((await page.locator('[data-client-count]').textContent()) ?? '').trim();
    await page.close();
    const downs = events.filter((e) => e.type === 'keydown');
    const inputs = events.filter((e) => e.type === 'input');
    if (downs.length !== KEYS.length || inputs.length !== KEYS.length) {
      throw new Error(`Expected ${KEYS.length} keydown and input records, found ${downs.length} and ${inputs.length}`);
    }
    const typing = KEYS.map((key, i) => {
      const down = downs[i] as (typeof downs)[number];
      const input = inputs[i] as (typeof inputs)[number];
      return {
        key,
        inputToPaintMs: round(input.duration, 3),
        keydownToPaintMs: round(input.timeStamp + input.duration - down.timeStamp, 3),
        processingMs: round(input.processingEnd - input.processingStart, 3),
      };
    });
    return { clients: list.length, logEntries: log.length, loads, typing, shownAfterTyping };
  } finally {
    await b.close();
  }
}

export function summariseOptions(r: OptionsResult) {
  const of = (tab: OptionsLoad['tab']) => r.loads.filter((l) => l.tab === tab);
  return {
    clientsRendered: median(of('clients').map((l) => l.renderedMs)),
    clientsFirstLoad: of('clients')[0]?.renderedMs ?? Number.NaN,
    logRendered: median(of('log').map((l) => l.renderedMs)),
    logFirstLoad: of('log')[0]?.renderedMs ?? Number.NaN,
    fcp: median(r.loads.map((l) => l.fcpMs)),
    inputToPaint: median(r.typing.map((k) => k.inputToPaintMs)),
    inputToPaintMax: Math.max(...r.typing.map((k) => k.inputToPaintMs)),
    keydownToPaint: median(r.typing.map((k) => k.keydownToPaintMs)),
    keydownToPaintMax: Math.max(...r.typing.map((k) => k.keydownToPaintMs)),
    processing: median(r.typing.map((k) => k.processingMs)),
  };
}
