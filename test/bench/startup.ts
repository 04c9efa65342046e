import type { Page } from 'playwright-core';
import { IDLE_TIMEOUT_MS, SETTLE_MS } from '../../src/guard/health-watch';
import { waitForGuard } from '../e2e/support/page';
import { attribute, type Cdp, startProfile, startTrace, stopProfile } from './devtools';
import { median } from './stats';

/**
 * The content script's start at document_start and what it keeps in memory (issue 12):
 * - `evaluateMs`: the trace's EvaluateScript / v8 run events of chrome-extension:// scripts while the
 *   page loads: the synchronous start (listeners, the seed policy) before any of the page's scripts;
 * - `loadExtensionMs`: every CPU-profile sample with an extension frame from navigation until the guard
 *   holds the client list (the start, the settings, the 2,000-client matcher);
 * - `heapUsedBytes`: the page's JavaScript heap (the isolated world shares it) after the health check ran
 *   and a forced GC; "with" minus "without" is the extension's share.
 */
export interface StartupResult {
  evaluateMs: number;
  evaluateEvents: number;
  loadExtensionMs: number;
  heapUsedBytes: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function startupPhase(page: Page, cdp: Cdp, url: string, extensionId: string | null): Promise<StartupResult> {
  await startProfile(cdp, 100);
  const endTrace = await startTrace(cdp, ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline']);
  await page.goto(url, { waitUntil: 'load' });
  if (extensionId) await waitForGuard(page, extensionId);
  const events = await endTrace();
  const profile = await stopProfile(cdp);
  const ours = events.filter(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'v8.run' || e.name === 'v8.compile') &&
      e.ph === 'X' &&
      String(e.args?.data?.url ?? e.args?.data?.fileName ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '').startsWith(
        'chrome-extension://',
      ),
  );
  const evaluate = ours.filter((e) => e.name === 'EvaluateScript');
  const counted = evaluate.length ? evaluate : ours;
  // The health check runs once the page is idle after load: let it, then measure the heap after a full GC.
  await sleep(SETTLE_MS + IDLE_TIMEOUT_MS + 500);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.send('HeapProfiler.disable');
  return {
    evaluateMs: counted.reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    evaluateEvents: counted.length,
    loadExtensionMs: attribute(profile).extensionMs,
    heapUsedBytes: usedSize,
  };
}

export function summariseStartup(withExtension: readonly StartupResult[], without: readonly StartupResult[]) {
  const heapWith = median(withExtension.map((r) => r.heapUsedBytes));
  const heapWithout = median(without.map((r) => r.heapUsedBytes));
  return {
    evaluateMs: median(withExtension.map((r) => r.evaluateMs)),
    evaluateEvents: median(withExtension.map((r) => r.evaluateEvents)),
    loadExtensionMs: median(withExtension.map((r) => r.loadExtensionMs)),
    heapWithMiB: heapWith / 2 ** 20,
    heapWithoutMiB: heapWithout / 2 ** 20,
    heapExtensionMiB: (heapWith - heapWithout) / 2 ** 20,
  };
}
