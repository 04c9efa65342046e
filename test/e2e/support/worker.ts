import type { BrowserContext, Page } from 'playwright-core';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * The extension's service worker as DevTools' Application panel sees it (CDP
 * ServiceWorker domain on a page of the extension): its running status, and a
 * stop, which is what MV3 does on its own after 30 s idle. The next event
 * (a message, a storage change) starts it again.
 */
async function withWorkers<T>(context: BrowserContext, extensionId: string, work: (cdp: WorkerCdp) => Promise<T>): Promise<T> {
  // A blank page of the extension's own origin: its CDP session sees the extension's workers.
  let page: Page | undefined = context.pages().find((p) => p.url() === `chrome-extension://${extensionId}/icon.svg`);
  const own = !page;
  if (!page) {
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/icon.svg`);
  }
  const session = await context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  let stopsSeen = 0;
  session.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
    for (const v of e.versions) {
      versions.set(v.versionId, v);
      if (v.runningStatus === 'stopped' && v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) stopsSeen += 1;
    }
  });
  try {
    await session.send('ServiceWorker.enable');
    const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
    return await work({
      status: () => ours().map((v) => v.runningStatus),
      stopsSeen: () => stopsSeen,
      stopAll: () => session.send('ServiceWorker.stopAllWorkers').then(() => {}),
    });
  } finally {
    await session.detach().catch(() => {});
    if (own) await page.close();
  }
}

interface WorkerCdp {
  status(): WorkerVersion['runningStatus'][];
  /** How many times a worker of the extension was seen reaching "stopped" since this session began. */
  stopsSeen(): number;
  stopAll(): Promise<void>;
}

/**
 * Stops the extension's service worker now (whatever it is doing) and waits until it has stopped. An event
 * may start it again at once (an open tab asking for the watchlist): a stop seen is a stop done.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await withWorkers(context, extensionId, async (w) => {
    const before = w.stopsSeen();
    await w.stopAll();
    const deadline = Date.now() + 5_000;
    while (w.stopsSeen() === before && !w.status().every((s) => s === 'stopped')) {
      if (Date.now() > deadline) throw new Error(`The service worker did not stop (status: ${w.status().join(', ')})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
}

/** Asks for a stop without waiting: for a stop that lands in the middle of something. */
export async function stopServiceWorkerNow(context: BrowserContext, extensionId: string): Promise<void> {
  await withWorkers(context, extensionId, (w) => w.stopAll());
}

/**
 * Stops the extension's service worker again and again until `done()` says so (asked every 200 ms) or `ms`
 * have passed: whatever it starts doing in that time (answering a message that woke it) is cut off, as when
 * MV3 stops it mid-request.
 */
export async function keepStoppingServiceWorker(
  context: BrowserContext,
  extensionId: string,
  ms: number,
  done: () => Promise<boolean> = async () => false,
): Promise<void> {
  await withWorkers(context, extensionId, async (w) => {
    const until = Date.now() + ms;
    let finished = false;
    const watch = (async () => {
      while (!finished && Date.now() < until) {
        if (await done().catch(() => false)) finished = true;
        else await new Promise((r) => setTimeout(r, 200));
      }
    })();
    while (!finished && Date.now() < until) {
      await w.stopAll();
      await new Promise((r) => setTimeout(r, 5));
    }
    finished = true;
    await watch;
  });
}

/** The running status of the extension's service worker ("stopped", "running", …). */
export async function serviceWorkerStatus(context: BrowserContext, extensionId: string): Promise<string[]> {
  return withWorkers(context, extensionId, async (w) => {
    // The versions arrive as events right after enable.
    const deadline = Date.now() + 2_000;
    while (w.status().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return w.status();
  });
}

/**
 * Reloads the extension as chrome://extensions or an update does (chrome.runtime.reload from one of its pages),
 * and waits until it is back: its pages load again and its service worker runs.
 */
export async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/icon.svg`);
  await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
  const deadline = Date.now() + 15_000;
  while (!page.isClosed()) {
    if (Date.now() > deadline) throw new Error('The extension did not reload (its page stayed open)');
    await new Promise((r) => setTimeout(r, 50));
  }
  for (;;) {
    // Asking for its pages too early (while it is unloaded) can keep it from coming back: give it a moment.
    await new Promise((r) => setTimeout(r, 1000));
    const probe = await context.newPage();
    const loaded = await probe.goto(`chrome-extension://${extensionId}/icon.svg`).then(
      () => true,
      () => false,
    );
    await probe.close();
    if (loaded) break;
    if (Date.now() > deadline) throw new Error('The extension did not come back after its reload');
  }
}
