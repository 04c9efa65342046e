/**
 * One run on x.com's home page, with or without the extension:
 *  1. click-to-reminder latency on the real saved page as it is (X keeps about
 *     this much in the DOM: its timeline is a virtual list);
 *  2. main-thread cost while the page scrolls and appends 2,000 posts (clones of
 *     its own, each by a distinct author), as an infinite-scroll session would;
 *  3. click-to-reminder latency again on the page now holding those thousands;
 *  4. idle wake-ups, with the page and the service worker left alone.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { importClients } from '../e2e/support/options';
import { onReminderRoot, waitForGuard } from '../e2e/support/page';
import { type BenchBrowser, launch, type Mode } from './browser';
import { attribute, type Cdp, eventTimings, startProfile, startTrace, stopProfile, type TraceEvent, threadNames } from './devtools';
import { type StartupResult, startupPhase } from './startup';
import { median, round, sum } from './stats';

const TIMELINE_SCRIPT = fileURLToPath(new URL('./page/x-timeline.js', import.meta.url));

export interface HeavyOptions {
  port: number;
  /** The client list as a CSV, imported through the options page (runs with the extension). */
  clientsCsv: string;
  /** The client the latency clicks follow: shown in a "Who to follow" cell. */
  target: { name: string; handle: string };
  /** Posts added at once before the scroll phase (0: the scroll phase alone grows the page). */
  addedPosts: number;
  appendedPosts: number;
  clicks: number;
  /** Clicks on the grown page (each costs the page a second or more of hit testing). */
  heavyClicks: number;
  /** 0: no idle phase in this run. */
  idleMs: number;
}

export interface LatencyClick {
  /** Click timeStamp → presentation of the next frame (the trace's EventTiming record). */
  presentedMs: number;
  /** timeStamp → the click's handlers start: the page was busy (its hit tests for the pointer events before it). */
  inputDelayMs: number;
  /** The click's handlers (with the extension: its listener, which builds and shows the reminder). */
  processingMs: number;
  /** processingEnd → presentation: style, layout, paint, raster and display of that frame. */
  renderMs: number;
  /** processingStart → presentation: the part after the page hands the click over. */
  handledToPresentedMs: number;
  /** When the reminder was added (MutationObserver on <body>), from the click's timeStamp. */
  insertedMs: number | null;
  /** The reminder was in the DOM when the first frame after the click began (a rAF requested during the click). */
  inNextFrame: boolean;
}

export interface LatencyPhase {
  posts: number;
  clicks: LatencyClick[];
  /** Extension main-thread time over the phase (CPU profile of the page target), per click. */
  extensionMsPerClick: number;
  /** Did the page target's profiler see chrome-extension:// frames at all (it must, with the extension)? */
  extensionFramesSeen: boolean;
  top: Array<{ frame: string; ms: number }>;
}

export interface ScrollPhase {
  appended: number;
  wallMs: number;
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  likeClicks: number;
  longTasks: number[];
  longFrames: number;
  /** Long animation frames naming a chrome-extension:// script. */
  longFramesWithExtension: number;
  extensionMs: number;
  extensionSamples: number;
  profiledBusyMs: number;
}

export interface IdleResult {
  seconds: number;
  /** Trace events naming a chrome-extension:// script (FunctionCall, timers' callbacks, script runs), in any process. */
  extensionTraceEvents: number;
  extensionTraceByThread: Record<string, number>;
  pageProfileExtensionSamples: number;
  pageProfileBusyMs: number;
  /** What the page's thread did while idle, by sampled function (diagnostic). */
  pageProfileBusyTop: Array<{ frame: string; ms: number }>;
  /** Tasks the page's main thread ran (any cause; the same page without the extension is the reference). */
  pageMainTasks: number | null;
  /** Extension frames sampled in the page, if any (diagnostic). */
  pageExtensionTop: Array<{ frame: string; ms: number }>;
  /** Where those tasks were posted from, most frequent first (diagnostic). */
  pageTaskSources: Array<{ source: string; tasks: number }>;
  serviceWorker: {
    running: boolean;
    extensionSamples: number;
    busyMs: number;
    tasks: number | null;
    /** Extension frames sampled in the worker, if any (diagnostic). */
    top: Array<{ frame: string; ms: number }>;
  } | null;
}

export interface HeavyRun {
  mode: Mode;
  run: number;
  page: { posts: number; elements: number; buildMs: number; clientsImported: string | null; guardClients: number | null };
  light: LatencyPhase;
  heavy: LatencyPhase;
  scroll: ScrollPhase;
  idle: IdleResult | null;
  startup: StartupResult;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Two frames and a task later: whatever an event caused has been rendered. */
const afterFrames = (page: Page) =>
  page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))');

export async function heavyRun(mode: Mode, run: number, o: HeavyOptions): Promise<HeavyRun> {
  const browser = await launch(mode, o.port);
  try {
    return await measure(browser, run, o);
  } finally {
    await browser.close();
  }
}

async function measure(b: BenchBrowser, run: number, o: HeavyOptions): Promise<HeavyRun> {
  const { context, extensionId } = b;
  const clientsImported = extensionId ? await importClients(context, extensionId, o.clientsCsv) : null;
  await context.addInitScript({ path: TIMELINE_SCRIPT });
  const page = await context.newPage();
  // Loaded once first to measure the content script's start and heap, then again for the timeline.
  const startup = await startupPhase(page, (await context.newCDPSession(page)) as unknown as Cdp, 'https://x.com/home', extensionId);
  await page.goto('https://x.com/home', { waitUntil: 'load' });
  const guardClients = extensionId ? await waitForGuard(page, extensionId) : null;
  await page.evaluate(`window.__bench.build(0, ${JSON.stringify(o.target)})`);
  await afterFrames(page);
  await sleep(500);
  const cdp = (await context.newCDPSession(page)) as unknown as Cdp;

  // The saved page as it is, then the same page grown by infinite scroll, then left alone.
  const light = await latencyPhase(page, cdp, b, o.clicks);
  const t0 = Date.now();
  if (o.addedPosts > 0) await page.evaluate(`window.__bench.build(${o.addedPosts}, null)`);
  await afterFrames(page);
  const buildMs = Date.now() - t0;
  const scroll = await scrollPhase(page, cdp, o);
  const built = (await page.evaluate(
    `({ posts: document.querySelectorAll('article[data-testid="tweet"]').length, elements: document.getElementsByTagName('*').length })`,
  )) as { posts: number; elements: number };
  await sleep(1000);
  const heavy = await latencyPhase(page, cdp, b, o.heavyClicks);
  const idle = o.idleMs > 0 ? await idlePhase(page, cdp, b, o) : null;
  return { mode: b.mode, run, page: { ...built, buildMs, clientsImported, guardClients }, light, heavy, scroll, idle, startup };
}

async function latencyPhase(page: Page, cdp: Cdp, b: BenchBrowser, count: number): Promise<LatencyPhase> {
  const posts = (await page.evaluate(`document.querySelectorAll('article[data-testid="tweet"]').length`)) as number;
  await startProfile(cdp, 100);
  const endTrace = await startTrace(cdp, ['devtools.timeline']);
  const inserted: number[] = [];
  const inFrame: boolean[] = [];
  const shown: boolean[] = [];
  for (let i = 0; i < count; i += 1) {
    const point = (await page.evaluate('window.__bench.target()')) as { x: number; y: number } | null;
    if (!point) throw new Error('The "Who to follow" cell of the client is not on the page');
    await afterFrames(page);
    await sleep(100);
    await page.evaluate('window.__bench.inserted = 0');
    await page.mouse.click(point.x, point.y);
    await afterFrames(page);
    await sleep(100);
    inserted.push((await page.evaluate('window.__bench.inserted')) as number);
    inFrame.push((await page.evaluate('window.__bench.inFrame')) === true);
    shown.push((await onReminderRoot(page, () => true)) === true);
    // Escape is the reminder's Stop; without the extension it does nothing. The same keys in both runs.
    await page.keyboard.press('Escape');
    await afterFrames(page);
    if (b.mode === 'with' && (await onReminderRoot(page, () => true)) !== null) {
      throw new Error('The reminder did not close on Escape');
    }
  }
  const events = await endTrace();
  const profile = attribute(await stopProfile(cdp));
  const clicks = eventTimings(events).filter((e) => e.type === 'click');
  if (clicks.length !== count) throw new Error(`Expected ${count} click records in the trace, found ${clicks.length}`);
  if (b.mode === 'with' && shown.some((s) => !s)) throw new Error('A click on the client’s Follow button showed no reminder');
  return {
    posts,
    clicks: clicks.map((c, i) => {
      const at = inserted[i] ?? 0;
      return {
        presentedMs: round(c.duration, 3),
        inputDelayMs: round(c.processingStart - c.timeStamp, 3),
        processingMs: round(c.processingEnd - c.processingStart, 3),
        renderMs: round(c.timeStamp + c.duration - c.processingEnd, 3),
        handledToPresentedMs: round(c.timeStamp + c.duration - c.processingStart, 3),
        insertedMs: at ? round(at - c.timeStamp, 3) : null,
        inNextFrame: inFrame[i] as boolean,
      };
    }),
    extensionMsPerClick: round(profile.extensionMs / count, 3),
    extensionFramesSeen: profile.extensionSamples > 0,
    top: profile.top.map((t) => ({ frame: t.frame, ms: round(t.ms, 2) })),
  };
}

type Metrics = Record<string, number>;
async function metrics(cdp: Cdp): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function scrollPhase(page: Page, cdp: Cdp, o: HeavyOptions): Promise<ScrollPhase> {
  const batch = 50;
  const batches = Math.ceil(o.appendedPosts / batch);
  await page.evaluate('window.scrollTo(0, 0)');
  // The pointer leaves the page: on this page each hit test costs tens of ms (linear in posts), and
  // Chromium hit-tests the pointer again after every scroll. Both runs alike; the clicks below come back.
  await page.mouse.move(-1, -1);
  await afterFrames(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.evaluate('window.__bench.observe()');
  await startProfile(cdp, 250);
  const before = await metrics(cdp);
  const t0 = Date.now();
  let likeClicks = 0;
  for (let i = 0; i < batches; i += 1) {
    await page.evaluate(`window.__bench.append(${batch}, 600)`);
    if (i % 20 === 10) {
      // An ordinary click now and then (Like: not guarded); the content script looks at every click.
      const p = (await page.evaluate('window.__bench.likePoint()')) as { x: number; y: number } | null;
      if (p) {
        await page.mouse.click(p.x, p.y);
        await page.mouse.move(-1, -1);
        likeClicks += 1;
      }
    }
  }
  await afterFrames(page);
  const after = await metrics(cdp);
  const wallMs = Date.now() - t0;
  const profile = attribute(await stopProfile(cdp));
  const seen = (await page.evaluate('window.__bench.observed()')) as {
    longTasks: Array<{ duration: number }>;
    frames: Array<{ scripts: Array<{ url: string }> }>;
  };
  await cdp.send('Performance.disable');
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    appended: batches * batch,
    wallMs,
    scriptMs: round(delta('ScriptDuration')),
    taskMs: round(delta('TaskDuration')),
    layoutMs: round(delta('LayoutDuration')),
    styleMs: round(delta('RecalcStyleDuration')),
    likeClicks,
    longTasks: seen.longTasks.map((t) => round(t.duration, 1)),
    longFrames: seen.frames.length,
    longFramesWithExtension: seen.frames.filter((f) => f.scripts.some((s) => s.url.startsWith('chrome-extension://'))).length,
    extensionMs: round(profile.extensionMs, 3),
    extensionSamples: profile.extensionSamples,
    profiledBusyMs: round(profile.busyMs),
  };
}

async function idlePhase(page: Page, cdp: Cdp, b: BenchBrowser, o: HeavyOptions): Promise<IdleResult> {
  // Wake the service worker (a watchlist request from the content script's world), then leave everything alone.
  if (b.extensionId) await waitForGuard(page, b.extensionId);
  await sleep(1000);
  const pptr = await b.devtools();
  const browserCdp = (await pptr.target().createCDPSession()) as unknown as Cdp;
  const swCdp = b.extensionId ? ((await b.serviceWorkerSession()) as unknown as Cdp | null) : null;
  // A browser-wide trace: every process, so the service worker's thread too.
  const endTrace = await startTrace(browserCdp, ['devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing']);
  await startProfile(cdp, 500);
  if (swCdp) await startProfile(swCdp, 500);
  await page.evaluate(`performance.mark('bench-idle-start')`);
  await sleep(o.idleMs);
  await page.evaluate(`performance.mark('bench-idle-end')`);
  const pageRaw = await stopProfile(cdp);
  const swRaw = swCdp ? await stopProfile(swCdp) : null;
  const events = await endTrace();
  await Promise.all([browserCdp, swCdp].map((s) => (s as { detach?: () => Promise<void> } | null)?.detach?.().catch(() => {})));

  const names = threadNames(events);
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('bench-idle-start');
  const end = mark('bench-idle-end');
  if (!start || !end) throw new Error('The idle window marks are missing from the trace');
  // The window is the 10 s between the marks, less 1 ms at each end (the marks' own tasks).
  const window = { fromUs: start.ts + 1000, toUs: end.ts - 1000 };
  const inWindow = (e: TraceEvent) => e.ts > window.fromUs && e.ts < window.toUs;
  const pageProfile = attribute(pageRaw, 'chrome-extension://', window);
  const swProfile = swRaw ? attribute(swRaw, `chrome-extension://${b.extensionId}/`, window) : null;
  const windowEvents = events.filter((e) => e.ph !== 'M' && inWindow(e));
  const id = b.extensionId;
  const extEvents = id ? windowEvents.filter((e) => JSON.stringify(e.args ?? {}).includes(`chrome-extension://${id}`)) : [];
  const byThread: Record<string, number> = {};
  for (const e of extEvents) {
    const key = names.get(`${e.pid}:${e.tid}`) ?? `thread ${e.tid}`;
    byThread[key] = (byThread[key] ?? 0) + 1;
  }
  const isTask = (e: TraceEvent) => e.cat.includes('toplevel') && e.ph === 'X' && /RunTask/.test(e.name);
  const tasksOn = (thread: string | null) =>
    thread ? windowEvents.filter((e) => `${e.pid}:${e.tid}` === thread && isTask(e)).length : null;
  const swThread = [...names].find(([, n]) => n === 'ServiceWorker thread')?.[0] ?? null;
  // The page's main thread is the one the marks were made on.
  const pageThread = `${start.pid}:${start.tid}`;
  const sources = new Map<string, number>();
  for (const e of windowEvents) {
    if (`${e.pid}:${e.tid}` !== pageThread || !isTask(e)) continue;
    const key = String((e.args as { src_func?: string } | undefined)?.src_func ?? e.name);
    sources.set(key, (sources.get(key) ?? 0) + 1);
  }
  return {
    seconds: o.idleMs / 1000,
    extensionTraceEvents: extEvents.length,
    extensionTraceByThread: byThread,
    pageProfileExtensionSamples: pageProfile.extensionSamples,
    pageProfileBusyMs: round(pageProfile.busyMs, 2),
    pageProfileBusyTop: pageProfile.busyTop,
    pageMainTasks: tasksOn(pageThread),
    pageExtensionTop: pageProfile.top,
    pageTaskSources: [...sources]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([source, tasks]) => ({ source: source.slice(0, 120), tasks })),
    serviceWorker:
      b.mode === 'with'
        ? {
            running: swCdp !== null,
            extensionSamples: swProfile?.extensionSamples ?? 0,
            busyMs: round(swProfile?.busyMs ?? 0, 2),
            tasks: tasksOn(swThread),
            top: swProfile?.top ?? [],
          }
        : null,
  };
}

/** Medians over runs, for the summary. The first click of each phase (cold code) is reported apart. */
export function summarise(runs: readonly HeavyRun[]) {
  const phase = (pick: (r: HeavyRun) => LatencyPhase) => {
    const warm = runs.flatMap((r) => pick(r).clicks.slice(1));
    const first = runs.map((r) => pick(r).clicks[0]).filter((c): c is LatencyClick => c !== undefined);
    return {
      posts: median(runs.map((r) => pick(r).posts)),
      presented: median(warm.map((c) => c.presentedMs)),
      presentedFirst: median(first.map((c) => c.presentedMs)),
      inputDelay: median(warm.map((c) => c.inputDelayMs)),
      processing: median(warm.map((c) => c.processingMs)),
      render: median(warm.map((c) => c.renderMs)),
      handledToPresented: median(warm.map((c) => c.handledToPresentedMs)),
      allInNextFrame: runs.every((r) => pick(r).clicks.every((c) => c.inNextFrame)),
      extensionMsPerClick: median(runs.map((r) => pick(r).extensionMsPerClick)),
      extensionFramesSeen: runs.every((r) => pick(r).extensionFramesSeen),
    };
  };
  const idle = runs.map((r) => r.idle).filter((i): i is IdleResult => i !== null);
  return {
    runs: runs.length,
    light: phase((r) => r.light),
    heavy: phase((r) => r.heavy),
    scroll: {
      appended: median(runs.map((r) => r.scroll.appended)),
      wallMs: median(runs.map((r) => r.scroll.wallMs)),
      scriptMs: median(runs.map((r) => r.scroll.scriptMs)),
      taskMs: median(runs.map((r) => r.scroll.taskMs)),
      extensionMs: median(runs.map((r) => r.scroll.extensionMs)),
      extensionMsMax: Math.max(...runs.map((r) => r.scroll.extensionMs)),
      busyMs: median(runs.map((r) => r.scroll.profiledBusyMs)),
      longTasks: median(runs.map((r) => r.scroll.longTasks.length)),
      longTaskMax: Math.max(0, ...runs.flatMap((r) => r.scroll.longTasks)),
      longFramesWithExtension: sum(runs.map((r) => r.scroll.longFramesWithExtension)),
    },
    idle: {
      runs: idle.length,
      seconds: sum(idle.map((i) => i.seconds)),
      extensionTraceEvents: sum(idle.map((i) => i.extensionTraceEvents)),
      pageProfileExtensionSamples: sum(idle.map((i) => i.pageProfileExtensionSamples)),
      pageMainTasks: median(idle.map((i) => i.pageMainTasks ?? Number.NaN)),
      serviceWorkerSamples: sum(idle.map((i) => i.serviceWorker?.extensionSamples ?? 0)),
      serviceWorkerRunning: idle.filter((i) => i.serviceWorker?.running).length,
    },
  };
}
