import { CONTENT_CATEGORIES } from '../../src/policy/content-checks/categories';
import { evaluate } from './evaluate';

/** `npm run eval:content`: precision and recall of the content checks on the labelled corpus. `-- --verbose` lists every miss. */
const result = evaluate();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (
  name: string,
  s: { precision: number; recall: number; truePositives: number; falsePositives: number; falseNegatives: number },
) =>
  `${name.padEnd(14)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(9)}   tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives}`;

console.log(`Content checks on ${result.samples} texts (${result.unsafe} that should flag, ${result.safe} safe)\n`);
console.log(`${'category'.padEnd(14)} ${'precision'.padStart(9)} ${'recall'.padStart(9)}`);
for (const c of CONTENT_CATEGORIES) console.log(row(c, result.categories[c]));
console.log(row('overall', result.overall));
console.log(`\nsafe texts flagged: ${pct(result.safeFlagged)} (${result.wrong.length} of ${result.safe})`);
if (process.argv.includes('--verbose')) {
  console.log('\nMissed (or a category missed):');
  for (const m of result.misses)
    console.log(`  ${m.file}:${m.line} [${m.labels.join(',')}] ${m.text}\n      found: ${m.found.join(' · ') || 'nothing'}`);
  console.log('\nSafe but flagged:');
  for (const m of result.wrong) console.log(`  ${m.file}:${m.line} ${m.text}\n      found: ${m.found.join(' · ')}`);
}
