/**
 * How long a tab waits for its client list: from the content script's start (document_start) until the
 * list has reached it (GuardStatus.clientList.readyMs), with the service worker running and with it stopped
 * (as MV3 leaves it after 30 s idle), for a short list and for 2,000 clients. A measurement, not a test:
 * `npx vite-node test/bench/list-ready.ts` after a build; BENCH_ROUNDS (default 10).
 */
import type { Page } from 'playwright-core';
import type { GuardStatus } from '../../src/background/protocol';
import { clientsToCsv } from '../../src/clients/csv';
import { type Session, startSession } from '../e2e/support/session';
import { stopServiceWorker } from '../e2e/support/worker';
import { clients } from './data';
import { median } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const URL = 'https://x.com/maria_perez';

interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(id: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

async function status(data: Page): Promise<NonNullable<GuardStatus['clientList']> | null> {
  return data.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const s = (await api.tabs.sendMessage(tab.id, { type: 'guard-status' }, { frameId: 0 }).catch(() => null)) as GuardStatus | null;
      if (s?.host === 'x.com') return s.clientList ?? null;
    }
    return null;
  });
}

async function round(s: Session, data: Page, stopped: boolean): Promise<{ startedMs: number; readyMs: number }> {
  if (stopped) await stopServiceWorker(s.context, s.extensionId);
  const page = await s.context.newPage();
  await page.goto(URL);
  let list = await status(data);
  const deadline = Date.now() + 10_000;
  while ((list?.readyMs ?? null) === null && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    list = await status(data);
  }
  await page.close();
  if (!list || list.readyMs === null) throw new Error('The list never reached the tab');
  return { startedMs: list.startedMs, readyMs: list.readyMs };
}

async function measure(label: string, csv: string): Promise<void> {
  const s = await startSession({ record: false });
  try {
    console.log(`${label}: ${await s.importClients(csv)}`);
    const data = await s.context.newPage();
    await data.goto(`chrome-extension://${s.extensionId}/icon.svg`);
    for (const stopped of [false, true]) {
      const runs: Array<{ startedMs: number; readyMs: number }> = [];
      await round(s, data, stopped); // warm-up
      for (let i = 0; i < ROUNDS; i++) runs.push(await round(s, data, stopped));
      const ready = runs.map((r) => r.readyMs);
      console.log(
        `${label}, worker ${stopped ? 'stopped' : 'running'}: document_start → list ready median ${median(ready)} ms (min ${Math.min(...ready)}, max ${Math.max(...ready)}); content script started at median ${median(runs.map((r) => r.startedMs))} ms after navigation start`,
      );
    }
  } finally {
    await s.close();
  }
}

await measure('1 client', 'name,x\r\nMaría Pérez,@maria_perez\r\n');
await measure('2,000 clients', clientsToCsv(clients(2000)));
