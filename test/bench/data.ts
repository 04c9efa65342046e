/** Generated data the benchmarks share: a client list, drafts, log entries. Deterministic: no Math.random. */
import type { Client } from '../../src/clients/types';
import type { Choice, LogEntry } from '../../src/core/log';
import { ACTION_KINDS, PLATFORMS } from '../../src/core/vocabulary';

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

/** n clients, each with two aliases and a handle on three platforms. */
export function clients(n: number): Client[] {
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

/** About `chars` characters of plain English-looking words. */
export function draft(chars: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < chars) {
    i = (i * 1103515245 + 12345) % 2147483648;
    s += `${WORDS[i % WORDS.length]} `;
  }
  return s.slice(0, chars);
}

const CHOICES: Choice[] = ['stopped', 'proceeded', 'stopped', 'noticed', 'proceeded', 'blocked'];

/** n log entries spread over the last `days` days, newest last, mixed sites, actions and choices. */
export function logEntries(n: number, now: number, days = 85): LogEntry[] {
  const span = days * 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const choice = CHOICES[i % CHOICES.length] as Choice;
    return {
      at: Math.round(now - span + (span * i) / n),
      platform: PLATFORMS[i % PLATFORMS.length] as LogEntry['platform'],
      kind: ACTION_KINDS[(i * 3) % ACTION_KINDS.length] as LogEntry['kind'],
      level: choice === 'noticed' ? 'remind' : choice === 'blocked' ? 'block' : 'confirm',
      client: i % 5 === 0 ? 'yes' : i % 17 === 0 ? 'possible' : 'no',
      choice,
      ...(choice === 'proceeded' && i % 4 === 0 ? { reason: 'Professional colleague, not a client' } : {}),
    };
  });
}
