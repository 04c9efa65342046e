/**
 * The content checks (src/policy/content-checks/): compiling the stock tables of both languages
 * with 20 phrases of the therapist's own, and checking a 5,000-character draft made of the
 * corpus's own texts (safe and unsafe, English and Spanish) in each kind of composer. Medians;
 * not a timed test. Used by `npm run bench` (run.ts) and alone by content-checks.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import type { DraftKind } from '../../src/policy/content-checks/categories';
import { PHRASE_TABLES } from '../../src/policy/content-checks/index';
import { checkDraft, compileChecks } from '../../src/policy/content-checks/matcher';
import { readCorpus } from '../corpus/evaluate';
import { median } from './stats';

export interface ContentChecksResult {
  compileMsMedian: number;
  /** The slowest kind's median, for the target (≤ 1 ms). */
  checkMsMedian: number;
  checkMsByKind: Record<DraftKind, number>;
  draftChars: number;
  flagsInDraft: number;
}

export function contentChecksBench(): ContentChecksResult {
  const own = {
    care: Array.from({ length: 10 }, (_, i) => `Harbor Counseling client ${i}`),
    marketing: Array.from({ length: 10 }, (_, i) => `#HarborStrong${i}`),
  };
  const compileTimes: number[] = [];
  let compiled = compileChecks(PHRASE_TABLES, own);
  for (let i = 0; i < 30; i += 1) {
    const t0 = performance.now();
    compiled = compileChecks(PHRASE_TABLES, own);
    compileTimes.push(performance.now() - t0);
  }
  const texts = readCorpus().map((s) => s.text);
  let draft = '';
  for (let i = 0; draft.length < 5000; i += 1) draft += `${texts[i % texts.length]} `;
  draft = draft.slice(0, 5000);
  const byKind = {} as Record<DraftKind, number>;
  let flags = 0;
  for (const kind of ['review', 'reply', 'post', 'message'] as const) {
    for (let i = 0; i < 20; i += 1) checkDraft(compiled, draft, kind); // warm
    const times: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const t0 = performance.now();
      flags = checkDraft(compiled, draft, kind).length;
      times.push(performance.now() - t0);
    }
    byKind[kind] = median(times);
  }
  return {
    compileMsMedian: median(compileTimes),
    checkMsMedian: Math.max(...Object.values(byKind)),
    checkMsByKind: byKind,
    draftChars: draft.length,
    flagsInDraft: flags,
  };
}
