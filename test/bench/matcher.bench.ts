/**
 * The matcher benchmark alone (also part of `npm run bench`): prints medians, writes .bench/matcher.json.
 * Run: npx vite-node test/bench/matcher.bench.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { matcherBench } from './matcher';

const result = matcherBench();
console.log('matcher, 2,000 clients with 2 aliases each');
console.log(`  build:         ${result.buildMsMedian} ms median of 30   (target ≤ 20 ms)`);
console.log(`  5,000-char draft check: ${result.checkMsMedian} ms median of 200 (target ≤ 1 ms)`);
console.log(`  person check:  ${result.personMsMedian} ms median of 200`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/matcher.json', `${JSON.stringify(result, null, 2)}\n`);
