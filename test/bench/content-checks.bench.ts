/**
 * The content-checks benchmark alone (also part of `npm run bench`).
 * Run: npx vite-node test/bench/content-checks.bench.ts
 */
import { contentChecksBench } from './content-checks';

const r = contentChecksBench();
const f = (x: number) => x.toFixed(3);
console.log('content checks, English and Spanish tables, 20 phrases of the therapist');
console.log(`  compile:  ${f(r.compileMsMedian)} ms median of 30`);
console.log(
  `  check a ${r.draftChars}-character draft (${r.flagsInDraft} flags): ${f(r.checkMsMedian)} ms, slowest kind's median of 200 (target ≤ 1 ms)`,
);
for (const [kind, ms] of Object.entries(r.checkMsByKind)) console.log(`    ${kind.padEnd(8)} ${f(ms)} ms`);
