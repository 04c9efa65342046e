import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The network figures of every browser session of the end-to-end suite, one
 * JSON file per session in a directory the global setup makes. Each session
 * fails its own test file on close if the extension made any request (see
 * NetworkRecorder.assertClean); the global teardown adds the files up for the
 * whole suite (`[privacy]` line, and test-results/e2e-network.json).
 */
export interface SessionFigures {
  /** The test file (or tool) that ran the session. */
  file: string;
  browser: 'chromium' | 'firefox';
  /** Every request the browser reported (pages, frames, the extension's pages and service worker). */
  requests: number;
  /** Requests for the extension's own files (chrome-extension://<id>/…): not network. */
  extensionFiles: number;
  /** Requests the extension's service worker or pages made to anywhere else (the promise: 0). */
  fromExtension: number;
  /** Network events the CDP observer saw on the extension's service worker targets, other than its own files. */
  workerNetworkEvents: number;
  /** Requests made on purpose by the test infrastructure's own probes (infrastructure.test.ts), excused by name. */
  probes: string[];
  /** Attempts the extension's CSP blocked (not requests: they never left), other than probes. */
  cspBlocked: string[];
  /** Requests outside the fixtures that no probe explains: the privacy promise is that this is empty. */
  leaked: string[];
}

/** Where the files go in this run, or null outside vitest (npm run demo). */
async function ledgerDir(): Promise<string | null> {
  try {
    const { inject } = await import('vitest');
    return (inject('e2eLedgerDir') as string | undefined) ?? null;
  } catch {
    return null;
  }
}

/** The test file running now, relative to the repository (or "tool" outside vitest). */
export async function currentTestFile(): Promise<string> {
  try {
    const { expect } = await import('vitest');
    const path = expect.getState().testPath;
    return path ? path.slice(path.indexOf('test/')) : 'tool';
  } catch {
    return 'tool';
  }
}

export async function recordSession(figures: SessionFigures): Promise<void> {
  const dir = await ledgerDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const name = `${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(figures, null, 2));
}

export function readLedger(dir: string): SessionFigures[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SessionFigures);
}

export interface SuiteFigures {
  sessions: number;
  files: number;
  requests: number;
  extensionFiles: number;
  fromExtension: number;
  workerNetworkEvents: number;
  probes: number;
  cspBlocked: number;
  leaked: string[];
}

export function addUp(sessions: readonly SessionFigures[]): SuiteFigures {
  const sum = (pick: (s: SessionFigures) => number) => sessions.reduce((n, s) => n + pick(s), 0);
  return {
    sessions: sessions.length,
    files: new Set(sessions.map((s) => s.file)).size,
    requests: sum((s) => s.requests),
    extensionFiles: sum((s) => s.extensionFiles),
    fromExtension: sum((s) => s.fromExtension),
    workerNetworkEvents: sum((s) => s.workerNetworkEvents),
    probes: sum((s) => s.probes.length),
    cspBlocked: sum((s) => s.cspBlocked.length),
    leaked: sessions.flatMap((s) => s.leaked.map((l) => `${s.file}: ${l}`)),
  };
}

export function describeSuite(f: SuiteFigures): string {
  return (
    `[privacy] end-to-end suite: ${f.sessions} browser sessions in ${f.files} files; ${f.requests.toLocaleString('en-US')} requests observed ` +
    `(${f.extensionFiles.toLocaleString('en-US')} for the extension's own files); requests by the extension to any network: ${f.fromExtension}; ` +
    `network events on its service worker: ${f.workerNetworkEvents}; attempts blocked by its CSP: ${f.cspBlocked}; ` +
    `deliberate probes of the recorder: ${f.probes}; unexplained requests: ${f.leaked.length}`
  );
}
