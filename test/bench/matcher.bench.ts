/**
 * Matcher benchmark: builds the watchlist for 2,000 clients with aliases and
 * checks drafts and people against it. Prints medians; not a timed test.
 * Run: npx vite-node test/bench/matcher.bench.ts  (part of `npm run bench`)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';

const FIRST = ['María', 'José', 'Sam', 'Alex', 'Jordan', 'Dana', 'Chris', 'Noor', 'Wei', 'Olu', 'Ana', 'Luca', 'Mia', 'Omar', 'Zoë', 'Kai'];
const LAST = [
  'Pérez',
  'Lee',
  'Kim',
  'Smith',
  'Whitfield',
  "O'Neil",
  'Nguyen',
  'Okafor',
  'Rossi',
  'Müller',
  'Haddad',
  'Silva',
  'Cohen',
  'Ito',
];

function clients(n: number): Client[] {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[i % FIRST.length] as string;
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i}`;
    return {
      id: String(i),
      name: `${first} ${last}`,
      aliases: [`${first[0]}. ${last}`, `${first}${i}`],
      handles: { x: `user_${i}`, instagram: `user.${i}`, facebook: `id:${100000 + i}` },
    };
  });
}

const WORDS =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there had been one all we can their has would more'.split(
    ' ',
  );
function draft(chars: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < chars) {
    i = (i * 1103515245 + 12345) % 2147483648;
    s += `${WORDS[i % WORDS.length]} `;
  }
  return s.slice(0, chars);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const list = clients(2000);
const builds: number[] = [];
let matcher = new ClientMatcher(list);
for (let r = 0; r < 30; r += 1) {
  const t = performance.now();
  matcher = new ClientMatcher(list);
  builds.push(performance.now() - t);
}

const clean = draft(5000, 7);
const named = (list[1500] as Client).name.toUpperCase(); // case and accents differ from the list
const naming = `${draft(2500, 3)} I saw ${named} today ${draft(2470, 5)}`;
const checks: number[] = [];
const hits: number[] = [];
for (let r = 0; r < 200; r += 1) {
  let t = performance.now();
  matcher.findMentions(clean);
  checks.push(performance.now() - t);
  t = performance.now();
  hits.push(matcher.findMentions(naming).length);
}
const people: number[] = [];
for (let r = 0; r < 200; r += 1) {
  const t = performance.now();
  matcher.matchPerson('yelp', { name: 'Sam L.' });
  matcher.matchPerson('x', { handle: 'user_1999', name: 'Someone Else' });
  people.push((performance.now() - t) / 2);
}

const result = {
  clients: list.length,
  phrases: list.length * 3,
  buildMsMedian: Number(median(builds).toFixed(3)),
  draftChars: clean.length,
  checkMsMedian: Number(median(checks).toFixed(4)),
  mentionFound: hits[0] === 1,
  personMsMedian: Number(median(people).toFixed(4)),
};
console.log('matcher, 2,000 clients with 2 aliases each');
console.log(`  build:         ${result.buildMsMedian} ms median of 30   (target ≤ 20 ms)`);
console.log(`  5,000-char draft check: ${result.checkMsMedian} ms median of 200 (target ≤ 1 ms)`);
console.log(`  person check:  ${result.personMsMedian} ms median of 200`);
if (!result.mentionFound) throw new Error('the benchmark draft naming a client was not matched');
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/matcher.json', `${JSON.stringify(result, null, 2)}\n`);
