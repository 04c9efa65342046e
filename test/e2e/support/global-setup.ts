import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { extensionDir, missingPrerequisites } from './browser';
import { makeCertificate } from './certificate';
import { addUp, describeSuite, readLedger } from './ledger';
import { buildPages } from './pages-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Holds the throwaway certificate of the fixture server for this run. */
    e2eCertDir: string;
    /** Every browser session writes its network figures here (support/ledger.ts). */
    e2eLedgerDir: string;
  }
}

/**
 * Runs once before the e2e files: fails (never skips) when Chromium or the
 * build is missing, bundles the app pages, and makes the test certificate with openssl.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const problems = missingPrerequisites();
  if (problems.length) throw new Error(`End-to-end tests cannot run:\n- ${problems.join('\n- ')}`);
  const built = await stat(join(extensionDir(), 'manifest.json'));
  const newest = await newestSource(['src', 'entrypoints']);
  if (newest > built.mtimeMs)
    console.warn(`[e2e] ${extensionDir()} is older than the sources: run \`npm run build\` to test the current code.`);
  // The app pages (React, Lexical) are bundled for every run: they are test code, always current.
  const started = Date.now();
  const pages = await buildPages();
  console.log(`[e2e] ${pages.length} app pages bundled in ${Date.now() - started} ms`);
  const certDir = await mkdtemp(join(tmpdir(), 'bg-e2e-cert-'));
  makeCertificate(certDir);
  project.provide('e2eCertDir', certDir);
  const ledgerDir = await mkdtemp(join(tmpdir(), 'bg-e2e-ledger-'));
  project.provide('e2eLedgerDir', ledgerDir);
  return async () => {
    // The figures of the whole suite. Each session already failed its own file if the extension made a request.
    const sessions = readLedger(ledgerDir);
    if (sessions.length) {
      const suite = addUp(sessions);
      console.log(describeSuite(suite));
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/e2e-network.json', `${JSON.stringify({ suite, sessions }, null, 2)}\n`);
    }
    await rm(ledgerDir, { recursive: true, force: true });
    await rm(certDir, { recursive: true, force: true });
  };
}

async function newestSource(dirs: string[]): Promise<number> {
  let newest = 0;
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isFile()) continue;
      const { mtimeMs } = await stat(join(e.parentPath, e.name));
      newest = Math.max(newest, mtimeMs);
    }
  }
  return newest;
}
