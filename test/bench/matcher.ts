/**
 * Matcher benchmark: builds the watchlist for 2,000 clients with aliases and
 * checks drafts and people against it. Medians; not a timed test.
 * Used by `npm run bench` (run.ts) and alone by matcher.bench.ts.
 */
import { performance } from 'node:perf_hooks';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { clients, draft } from './data';
import { median, round } from './stats';

export interface MatcherResult {
  clients: number;
  phrases: number;
  buildMsMedian: number;
  /** The first build in this process: cold code, as in a content script that builds it once per page. */
  buildMsFirst: number;
  buildMsMax: number;
  draftChars: number;
  checkMsMedian: number;
  checkNamingMsMedian: number;
  mentionFound: boolean;
  personMsMedian: number;
}

export function matcherBench(count = 2000): MatcherResult {
  const list = clients(count);
  const builds: number[] = [];
  const t0 = performance.now();
  let matcher = new ClientMatcher(list);
  const first = performance.now() - t0;
  for (let r = 0; r < 30; r += 1) {
    const t = performance.now();
    matcher = new ClientMatcher(list);
    builds.push(performance.now() - t);
  }

  const clean = draft(5000, 7);
  const named = (list[Math.floor(count * 0.75)] as Client).name.toUpperCase(); // case and accents differ from the list
  const naming = `${draft(2500, 3)} I saw ${named} today ${draft(2470, 5)}`;
  const checks: number[] = [];
  const namingChecks: number[] = [];
  const hits: number[] = [];
  for (let r = 0; r < 200; r += 1) {
    let t = performance.now();
    matcher.findMentions(clean);
    checks.push(performance.now() - t);
    t = performance.now();
    hits.push(matcher.findMentions(naming).length);
    namingChecks.push(performance.now() - t);
  }
  const people: number[] = [];
  for (let r = 0; r < 200; r += 1) {
    const t = performance.now();
    matcher.matchPerson('yelp', { name: 'Sam L.' });
    matcher.matchPerson('x', { handle: `user_${count - 1}`, name: 'Someone Else' });
    people.push((performance.now() - t) / 2);
  }
  if (hits[0] !== 1) throw new Error('the benchmark draft naming a client was not matched');
  return {
    clients: list.length,
    phrases: list.length * 3,
    buildMsMedian: round(median(builds), 3),
    buildMsFirst: round(first, 3),
    buildMsMax: round(Math.max(...builds), 3),
    draftChars: clean.length,
    checkMsMedian: round(median(checks), 4),
    checkNamingMsMedian: round(median(namingChecks), 4),
    mentionFound: hits[0] === 1,
    personMsMedian: round(median(people), 4),
  };
}
