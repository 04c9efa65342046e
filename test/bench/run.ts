/**
 * `npm run bench`: what the extension costs, measured, never asserted (a
 * benchmark, not a timed test). Prints a summary and writes every figure to
 * .bench/results.json. Stops by itself (a hard time limit), and closes its
 * browsers and removes their profiles and its certificate on any exit.
 *
 * With/without runs alternate (A/B/A/B…), each a fresh Chromium with the same
 * flags, so drift on this shared machine hits both sides alike.
 * Environment: BG_EXTENSION_DIR (the build, default .output/chrome-mv3),
 * BENCH_PAIRS (default 5), BENCH_IDLE_MS (default 10000), BENCH_TIME_LIMIT_MS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientsToCsv } from '../../src/clients/csv';
import { CHROMIUM, extensionDir } from '../e2e/support/browser';
import { makeCertificate } from '../e2e/support/certificate';
import { type FixtureServer, startFixtureServer } from '../e2e/support/server';
import { budgetOf } from '../support/budgets';
import { closeAll, type Mode } from './browser';
import { contentChecksBench } from './content-checks';
import { clients } from './data';
import { matcherBench } from './matcher';
import { optionsBench, summariseOptions } from './options-page';
import { summariseStartup } from './startup';
import { fmt, median, ratio, round, table } from './stats';
import { type HeavyRun, heavyRun, summarise } from './x-page';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 10_000);
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 15 * 60_000);
const CLICKS = 6;
const HEAVY_CLICKS = 4;
const APPENDED = 2000;
const OPTIONS_LOADS = 5;

let server: FixtureServer | null = null;
let certDir: string | null = null;
async function cleanup(): Promise<void> {
  await closeAll();
  await server?.close();
  server = null;
  if (certDir) await rm(certDir, { recursive: true, force: true });
  certDir = null;
}
const abort = (why: string, code: number) => {
  console.error(`\nbench: ${why}; closing browsers`);
  cleanup().finally(() => process.exit(code));
};
const limit = setTimeout(() => abort(`over the ${TIME_LIMIT_MS / 60_000} min limit`, 2), TIME_LIMIT_MS);
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));

function machine() {
  const cpus = os.cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
    extension: extensionDir(),
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  };
}

function bundle() {
  const dir = join(extensionDir(), 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => {
      const code = readFileSync(join(dir, f));
      return { file: `content-scripts/${f}`, bytes: code.length, gzipBytes: gzipSync(code).length };
    });
}

const ms = (x: number) => fmt(x, 1, ' ms');
const pct = (r: number) => (Number.isFinite(r) ? `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%` : 'n/a');
const verdict = (ok: boolean | null) => (ok === null ? 'info' : ok ? 'met' : 'MISSED');

async function main() {
  const started = Date.now();
  const info = machine();
  console.log('Boundary Guard benchmark');
  console.log(`  machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}; node ${info.node}`);
  console.log(`  browser: ${info.chromium} (headless, --disable-gpu); extension: ${info.extension}`);
  console.log(`  load average at start: ${info.loadAverageAtStart.join(' ')} (other work on this machine inflates absolute times)`);

  const sizes = bundle();
  const matcher = matcherBench();
  console.log(
    `\nmatcher: build ${ms(matcher.buildMsMedian)} (first ${ms(matcher.buildMsFirst)}), 5,000-char draft ${fmt(matcher.checkMsMedian, 3, ' ms')}`,
  );
  const content = contentChecksBench();
  console.log(
    `content checks: compile ${ms(content.compileMsMedian)}, 5,000-char draft ${fmt(content.checkMsMedian, 3, ' ms')} (slowest kind)`,
  );

  certDir = await mkdtemp(join(tmpdir(), 'bg-bench-cert-'));
  server = await startFixtureServer(makeCertificate(certDir));
  const list = clients(2000);
  const target = list[1500];
  if (!target?.handles.x) throw new Error('generated client without an X handle');
  const heavyOptions = {
    port: server.port,
    clientsCsv: clientsToCsv(list),
    target: { name: target.name, handle: target.handles.x },
    addedPosts: 0,
    appendedPosts: APPENDED,
    clicks: CLICKS,
    heavyClicks: HEAVY_CLICKS,
  };

  console.log(`\nx.com home, ${PAIRS} runs with and ${PAIRS} without the extension, alternating:`);
  const runs: HeavyRun[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    for (const mode of ['with', 'without'] as Mode[]) {
      const t0 = Date.now();
      // Idle is the extension's own figure: every run with it, and one without for reference.
      const idleMs = mode === 'with' || i === 0 ? IDLE_MS : 0;
      const r = await heavyRun(mode, i, { ...heavyOptions, idleMs });
      runs.push(r);
      const warm = (cs: HeavyRun['light']['clicks']) => median(cs.slice(1).map((c) => c.presentedMs));
      console.log(
        `  ${String(i + 1).padStart(2)} ${mode.padEnd(7)} click→paint ${ms(warm(r.light.clicks))} (saved page), ${ms(warm(r.heavy.clicks))} (${r.heavy.posts} posts); scroll+append tasks ${fmt(r.scroll.taskMs, 0, ' ms')}, extension ${ms(r.scroll.extensionMs)}${r.idle ? `; idle ${r.idle.seconds} s: extension events ${r.idle.extensionTraceEvents}` : ''}  [${((Date.now() - t0) / 1000).toFixed(0)} s]`,
      );
    }
  }
  const A = summarise(runs.filter((r) => r.mode === 'with'));
  const B = summarise(runs.filter((r) => r.mode === 'without'));
  const pairRatios = (pick: (r: HeavyRun) => number) =>
    Array.from({ length: PAIRS }, (_, i) => {
      const a = runs.find((r) => r.mode === 'with' && r.run === i);
      const b = runs.find((r) => r.mode === 'without' && r.run === i);
      return a && b ? ratio(pick(a), pick(b)) : Number.NaN;
    });
  const S = summariseStartup(
    runs.filter((r) => r.mode === 'with').map((r) => r.startup),
    runs.filter((r) => r.mode === 'without').map((r) => r.startup),
  );
  const scriptRatios = pairRatios((r) => r.scroll.scriptMs);
  const taskRatios = pairRatios((r) => r.scroll.taskMs);

  console.log(`\noptions page, 2,000 clients and 10,000 log entries, ${OPTIONS_LOADS} loads of each tab:`);
  const options = await optionsBench(server.port, OPTIONS_LOADS);
  const O = summariseOptions(options);
  console.log(
    `  client list ${ms(O.clientsRendered)}, log ${ms(O.logRendered)}; keystroke input→paint ${ms(O.inputToPaint)} (max ${ms(O.inputToPaintMax)})`,
  );

  const extShareScroll = A.scroll.extensionMs / A.scroll.busyMs;
  const rows: string[][] = [
    ['metric', 'target', 'measured (median)', 'with/without', 'verdict'],
    [
      `1. click → reminder painted, saved x.com page (${A.light.posts} posts)`,
      '≤ 16 ms',
      `${ms(A.light.presented)} (first click ${ms(A.light.presentedFirst)})`,
      `${ms(B.light.presented)} without (page's own repaint): ×${fmt(ratio(A.light.presented, B.light.presented), 2)}`,
      verdict(A.light.presented <= 16),
    ],
    [
      `   same, page grown to ${A.heavy.posts} posts`,
      '≤ 16 ms',
      `${ms(A.heavy.presented)} (of which input delay ${ms(A.heavy.inputDelay)})`,
      `${ms(B.heavy.presented)} without: ×${fmt(ratio(A.heavy.presented, B.heavy.presented), 2)}`,
      verdict(A.heavy.presented <= 16),
    ],
    [
      '   handler start → painted (saved page / grown page)',
      'info',
      `${ms(A.light.handledToPresented)} / ${ms(A.heavy.handledToPresented)} (handler ${ms(A.light.processing)} / ${ms(A.heavy.processing)})`,
      `${ms(B.light.handledToPresented)} / ${ms(B.heavy.handledToPresented)} without`,
      'info',
    ],
    [
      '   reminder in the first frame after the click is handled',
      'next frame',
      A.light.allInNextFrame && A.heavy.allInNextFrame ? 'every click' : 'NOT every click',
      '',
      verdict(A.light.allInNextFrame && A.heavy.allInNextFrame),
    ],
    [
      `2. script time while scrolling + appending ${APPENDED} posts (CDP)`,
      '≤ +2%',
      `${ms(A.scroll.scriptMs)} vs ${ms(B.scroll.scriptMs)}`,
      `${pct(ratio(A.scroll.scriptMs, B.scroll.scriptMs))} (pairs ${pct(Math.min(...scriptRatios))}…${pct(Math.max(...scriptRatios))})`,
      'noise',
    ],
    [
      '   task time (same phase, CDP)',
      '≤ +2%',
      `${fmt(A.scroll.taskMs, 0, ' ms')} vs ${fmt(B.scroll.taskMs, 0, ' ms')}`,
      `${pct(ratio(A.scroll.taskMs, B.scroll.taskMs))} (pairs ${pct(Math.min(...taskRatios))}…${pct(Math.max(...taskRatios))})`,
      'noise',
    ],
    [
      '   extension main-thread time (CPU profile, chrome-extension:// frames), health checks on',
      '≤ 0.5%',
      `${fmt(A.scroll.extensionMs, 2, ' ms')} of ${fmt(A.scroll.busyMs, 0, ' ms')} busy`,
      `${fmt(extShareScroll * 100, 4)}%`,
      verdict(extShareScroll <= 0.005),
    ],
    [
      '   long tasks > 50 ms in that phase',
      'none added',
      `${A.scroll.longTasks} vs ${B.scroll.longTasks} (max ${fmt(A.scroll.longTaskMax, 0)} vs ${fmt(B.scroll.longTaskMax, 0)} ms)`,
      `long frames naming the extension: ${A.scroll.longFramesWithExtension}`,
      verdict(A.scroll.longFramesWithExtension === 0),
    ],
    [
      `3. idle ${IDLE_MS / 1000} s: extension wake-ups (page + service worker)`,
      '0',
      `${A.idle.extensionTraceEvents} trace events, ${A.idle.pageProfileExtensionSamples} + ${A.idle.serviceWorkerSamples} profile samples`,
      `${A.idle.runs} runs, worker running in ${A.idle.serviceWorkerRunning}`,
      verdict(A.idle.extensionTraceEvents === 0 && A.idle.pageProfileExtensionSamples === 0 && A.idle.serviceWorkerSamples === 0),
    ],
    [
      '4. matcher build, 2,000 clients with aliases',
      '≤ 20 ms',
      `${ms(matcher.buildMsMedian)} (first, cold code: ${ms(matcher.buildMsFirst)})`,
      '',
      verdict(matcher.buildMsMedian <= 20),
    ],
    ['   check a 5,000-character draft', '≤ 1 ms', fmt(matcher.checkMsMedian, 3, ' ms'), '', verdict(matcher.checkMsMedian <= 1)],
    [
      '   content checks of a 5,000-character draft',
      '≤ 1 ms',
      `${fmt(content.checkMsMedian, 3, ' ms')} (tables compiled once: ${ms(content.compileMsMedian)})`,
      '',
      verdict(content.checkMsMedian <= 1),
    ],
    ...sizes.map((s) => [
      `5. ${s.file} gzipped`,
      `≤ ${budgetOf(s.file) / 1024} kB`,
      `${fmt(s.gzipBytes / 1024, 1, ' kB')} (${fmt(s.bytes / 1024, 1, ' kB')} raw)`,
      '',
      verdict(s.gzipBytes <= budgetOf(s.file)),
    ]),
    [
      '6. options: first render of the client list (100 rows)',
      '≤ 300 ms',
      `${ms(O.clientsRendered)} (first load ${ms(O.clientsFirstLoad)})`,
      '',
      verdict(O.clientsRendered <= 300),
    ],
    [
      '   options: first render of the log (50 rows + weeks)',
      '≤ 300 ms',
      `${ms(O.logRendered)} (first load ${ms(O.logFirstLoad)})`,
      '',
      verdict(O.logRendered <= 300),
    ],
    [
      '   search-as-you-type: input → next paint',
      '≤ 16 ms',
      `${ms(O.inputToPaint)} (max ${ms(O.inputToPaintMax)}; keydown→paint ${ms(O.keydownToPaint)})`,
      '',
      verdict(O.inputToPaint <= 16),
    ],
    [
      '7. content script start at document_start (trace: EvaluateScript of chrome-extension:// scripts)',
      'info',
      `${fmt(S.evaluateMs, 2, ' ms')} (${S.evaluateEvents} events)`,
      '',
      'info',
    ],
    ['   extension main-thread time, navigation → guard holds 2,000 clients (CPU profile)', 'info', ms(S.loadExtensionMs), '', 'info'],
    [
      '   page JS heap after load + health check + GC, 2,000 clients',
      'info',
      `${fmt(S.heapWithMiB, 2, ' MiB')} vs ${fmt(S.heapWithoutMiB, 2, ' MiB')}`,
      `extension ≈ ${fmt(S.heapExtensionMiB, 2, ' MiB')}`,
      'info',
    ],
  ];
  const loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
  console.log(`\n${table(rows)}`);
  console.log(
    `\nload average at end: ${loadAverageAtEnd.join(' ')}; ${((Date.now() - started) / 1000).toFixed(0)} s in all. Every figure: .bench/results.json`,
  );

  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/results.json',
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { ...info, loadAverageAtEnd },
        settings: { pairs: PAIRS, clicks: CLICKS, appendedPosts: APPENDED, idleMs: IDLE_MS, optionsLoads: OPTIONS_LOADS },
        summary: { with: A, without: B, startup: S, scriptRatios, taskRatios, options: O, matcher, contentChecks: content, bundle: sizes },
        table: rows,
        runs,
        options,
      },
      null,
      2,
    )}\n`,
  );
}

main()
  .then(async () => {
    clearTimeout(limit);
    await cleanup();
  })
  .catch(async (error: unknown) => {
    clearTimeout(limit);
    console.error(error);
    await cleanup();
    process.exitCode = 1;
  });
