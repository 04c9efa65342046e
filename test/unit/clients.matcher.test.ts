import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientMatcher } from '../../src/clients/matcher';
import { normaliseName } from '../../src/clients/normalise';
import type { Client } from '../../src/clients/types';

const CLIENTS: Client[] = [
  { id: 'maria', name: 'María José Pérez', aliases: ['Majo', 'Maria Perez'], handles: { facebook: 'id:100001234567890', x: 'mariajp' } },
  { id: 'anna', name: 'Anna', aliases: [], handles: {} },
  { id: 'sam', name: 'Sam Lee', aliases: [], handles: { yelp: 'sam l' } },
  { id: 'samuel', name: 'Samuel Lopez', aliases: [], handles: {} },
  { id: 'obrien', name: "Conor O'Brien", aliases: [], handles: { instagram: 'conor.ob' } },
  { id: 'jo', name: 'Jo Lin', aliases: [], handles: {} },
];

const matcher = new ClientMatcher(CLIENTS);

function mentioned(text: string): Array<[string, string]> {
  return matcher.findMentions(text).map((m) => [m.clientId, m.text]);
}

describe('ClientMatcher.findMentions', () => {
  it('finds full names and aliases as whole words, whatever the case, accents and punctuation', () => {
    expect(mentioned('Saw maria jose perez today')).toEqual([['maria', 'maria jose perez']]);
    expect(mentioned('MARÍA-JOSÉ PÉREZ!')).toEqual([['maria', 'MARÍA-JOSÉ PÉREZ']]);
    expect(mentioned('hi Majo, how are you')).toEqual([['maria', 'Majo']]);
    expect(mentioned('Thanks, Maria Pérez.')).toEqual([['maria', 'Maria Pérez']]);
    expect(mentioned('so proud of conor o’brien')).toEqual([['obrien', 'conor o’brien']]);
  });

  it('never matches inside a longer word', () => {
    expect(mentioned('Annabel and Hannah went out')).toEqual([]);
    expect(mentioned('the annals of history')).toEqual([]);
    expect(mentioned('Samuel Leeway')).toEqual([]);
    expect(mentioned('Majority rules')).toEqual([]);
    expect(mentioned('Anna')).toEqual([['anna', 'Anna']]);
    expect(mentioned('Anna.')).toEqual([['anna', 'Anna']]);
  });

  it('needs every word of a name, in order', () => {
    expect(mentioned('Maria went to Perez street')).toEqual([]);
    expect(mentioned('Perez Maria')).toEqual([]);
    expect(mentioned('Sam said hi')).toEqual([]);
    expect(mentioned('Sam, Lee said hi')).toEqual([['sam', 'Sam, Lee']]); // punctuation between words does not matter
  });

  it('prefers the longest name at a position', () => {
    const m = new ClientMatcher([
      { id: 'short', name: 'Maria', aliases: [], handles: {} },
      { id: 'long', name: 'Maria Jose', aliases: [], handles: {} },
      { id: 'longest', name: 'Maria Jose Perez', aliases: [], handles: {} },
    ]);
    expect(m.findMentions('dear Maria Jose Perez and Maria Jose and Maria').map((x) => [x.clientId, x.text])).toEqual([
      ['longest', 'Maria Jose Perez'],
      ['long', 'Maria Jose'],
      ['short', 'Maria'],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = '¡Felicidades, MARÍA-JOSÉ   Pérez! Y a Anna también.';
    const found = matcher.findMentions(text);
    expect(found).toHaveLength(2);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[0]).toMatchObject({ clientId: 'maria', text: 'MARÍA-JOSÉ   Pérez' });
    expect(found[1]).toMatchObject({ clientId: 'anna', text: 'Anna' });
  });

  it('finds every mention, including the same client twice', () => {
    expect(mentioned('Anna met Jo Lin, then Anna left')).toEqual([
      ['anna', 'Anna'],
      ['jo', 'Jo Lin'],
      ['anna', 'Anna'],
    ]);
  });

  it('finds nothing with an empty list or an empty draft', () => {
    expect(new ClientMatcher([]).findMentions('María José Pérez')).toEqual([]);
    expect(matcher.findMentions('')).toEqual([]);
    expect(new ClientMatcher([]).size).toBe(0);
    expect(matcher.size).toBe(CLIENTS.length);
  });

  it('finds names on another line of the draft', () => {
    expect(mentioned('Hi\nAnna')).toEqual([['anna', 'Anna']]);
  });
});

describe('ClientMatcher.matchPerson', () => {
  it('matches handles exactly, per platform', () => {
    expect(matcher.matchPerson('facebook', { handle: 'id:100001234567890' })).toEqual({
      clientId: 'maria',
      certainty: 'exact',
      via: 'handle',
    });
    expect(matcher.matchPerson('x', { handle: 'mariajp', name: 'Someone Else' })).toEqual({
      clientId: 'maria',
      certainty: 'exact',
      via: 'handle',
    });
    expect(matcher.matchPerson('instagram', { handle: 'mariajp' })).toBeNull();
    expect(matcher.matchPerson('x', { handle: 'mariajp2' })).toBeNull();
    expect(matcher.matchPerson('instagram', { handle: 'conor.ob' })?.clientId).toBe('obrien');
  });

  it('matches a full name, and a name with extra words around it: possible, as namesakes are common', () => {
    expect(matcher.matchPerson('facebook', { name: 'María José Pérez' })).toEqual({
      clientId: 'maria',
      certainty: 'possible',
      via: 'name',
    });
    expect(matcher.matchPerson('facebook', { name: 'Dr. Maria Jose Perez, PhD' })?.clientId).toBe('maria');
    expect(matcher.matchPerson('facebook', { name: 'maria perez' })?.clientId).toBe('maria');
    expect(matcher.matchPerson('facebook', { handle: 'someone.else', name: 'Sam Lee' })?.clientId).toBe('sam');
  });

  it('middle names and second surnames left out: a possible match, never a certain one', () => {
    const list = new ClientMatcher([
      { id: 'mj', name: 'María José Pérez', aliases: [], handles: {} },
      { id: 'lg', name: 'Lucía Pérez García', aliases: [], handles: {} },
    ]);
    expect(list.matchPerson('facebook', { name: 'Maria Perez' })).toEqual({ clientId: 'mj', certainty: 'possible', via: 'partial' });
    expect(list.matchPerson('x', { name: 'Lucía Pérez' })).toEqual({ clientId: 'lg', certainty: 'possible', via: 'partial' });
    expect(list.matchPerson('x', { name: 'Lucia Garcia' })?.clientId).toBe('lg');
    // Out of order, another first name, or a word not in the name: no match.
    expect(list.matchPerson('x', { name: 'Perez Maria' })).toBeNull();
    expect(list.matchPerson('x', { name: 'Ana Pérez' })).toBeNull();
    expect(list.matchPerson('x', { name: 'María Gómez' })).toBeNull();
    expect(list.matchPerson('x', { name: 'María' })).toBeNull();
  });

  it('does not match a person who shares only a first name or a one-word alias inside a longer name', () => {
    expect(matcher.matchPerson('facebook', { name: 'Maria Smith' })).toBeNull();
    expect(matcher.matchPerson('facebook', { name: 'Majo Smith' })).toBeNull();
    expect(matcher.matchPerson('facebook', { name: 'Annabel Lee' })).toBeNull();
    expect(matcher.matchPerson('facebook', { name: 'Anna Karenina' })).toBeNull();
    expect(matcher.matchPerson('facebook', { name: 'Sam' })).toBeNull();
  });

  it('matches a one-word name the client list has as a one-word name', () => {
    expect(matcher.matchPerson('x', { name: 'Anna' })?.clientId).toBe('anna');
  });

  it('Yelp "Sam L.": exact when it is the client\'s Yelp name, possible when only the initial fits', () => {
    expect(matcher.matchPerson('yelp', { name: 'Sam L.' })).toEqual({ clientId: 'sam', certainty: 'exact', via: 'handle' });
    const noYelp = new ClientMatcher([{ id: 'sam', name: 'Sam Lee', aliases: [], handles: {} }]);
    expect(noYelp.matchPerson('yelp', { name: 'Sam L.' })).toEqual({ clientId: 'sam', certainty: 'possible', via: 'initial' });
    expect(noYelp.matchPerson('yelp', { name: 'sam l' })?.certainty).toBe('possible');
    expect(noYelp.matchPerson('yelp', { name: 'Sam K.' })).toBeNull();
    expect(noYelp.matchPerson('yelp', { name: 'Pam L.' })).toBeNull();
    expect(noYelp.matchPerson('yelp', { name: 'Sam Le.' })).toBeNull();
    // Samuel Lopez is not "Sam L.": the first name must be the same word.
    expect(
      new ClientMatcher([{ id: 's', name: 'Samuel Lopez', aliases: [], handles: {} }]).matchPerson('yelp', { name: 'Sam L.' }),
    ).toBeNull();
  });

  it('returns null without a person or without clients', () => {
    expect(matcher.matchPerson('facebook', undefined)).toBeNull();
    expect(matcher.matchPerson('facebook', {})).toBeNull();
    expect(new ClientMatcher([]).matchPerson('facebook', { name: 'María José Pérez' })).toBeNull();
  });
});

// ---- properties -------------------------------------------------------------

const LETTERS = 'abcdefghijklmnopqrstuvwxyzáéíóúñüçåøæ';
const letterWord = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 8 });
const nameArb = fc.array(letterWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Text made of words and separators; words can be anything, including names. */
const separator = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '! ', ' (', ') ');
const textArb = fc.array(fc.tuple(letterWord, separator), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Upper-cases some letters and swaps plain vowels for accented ones: what folding must undo. */
function disguise(text: string, seed: number): string {
  const accents: Record<string, string> = { a: 'á', e: 'ê', i: 'ï', o: 'ö', u: 'ú', n: 'ñ', c: 'ç' };
  return [...text]
    .map((ch, i) => {
      const r = (seed >> (i % 16)) & 3;
      const base = r === 1 && accents[ch] ? (accents[ch] as string) : ch;
      return r >= 2 ? base.toUpperCase() : base;
    })
    .join('');
}

describe('ClientMatcher properties', () => {
  it('a name inserted anywhere into arbitrary text is found there', () => {
    fc.assert(
      fc.property(nameArb, fc.string(), fc.string(), (name, before, after) => {
        const m = new ClientMatcher([{ id: 'c', name, aliases: [], handles: {} }]);
        const text = `${before} ${name} ${after}`;
        const start = before.length + 1;
        const hit = m.findMentions(text).find((x) => x.start === start);
        expect(hit).toBeDefined();
        expect(hit?.clientId).toBe('c');
        expect(hit?.text).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it('every mention found is a whole-word slice of the text that folds to a client name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 5 }), textArb, (names, text) => {
        const m = new ClientMatcher(names.map((name, i) => ({ id: String(i), name, aliases: [], handles: {} })));
        for (const hit of m.findMentions(text)) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.text);
          expect(normaliseName(hit.text)).toBe(normaliseName(names[Number(hit.clientId)] as string));
          expect(/[\p{L}\p{N}]/u.test(text[hit.start - 1] ?? '')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(text[hit.end] ?? '')).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('text with no client words yields nothing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 5 }), textArb, (names, text) => {
        const clientWords = new Set(names.flatMap((n) => normaliseName(n).split(' ')));
        const clean = text
          .split(/(\s+|[,.!—()]+)/)
          .filter((w) => !clientWords.has(normaliseName(w)))
          .join('');
        const m = new ClientMatcher(names.map((name, i) => ({ id: String(i), name, aliases: [], handles: {} })));
        expect(m.findMentions(clean)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('matching is the same whatever the case and accents of the text or of the names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 4 }), textArb, fc.integer(), fc.integer(), (names, text, s1, s2) => {
        const plain = new ClientMatcher(names.map((name, i) => ({ id: String(i), name, aliases: [], handles: {} })));
        const fancy = new ClientMatcher(names.map((name, i) => ({ id: String(i), name: disguise(name, s1), aliases: [], handles: {} })));
        const withNames = `${text} ${names.join(' and ')}`;
        const disguised = disguise(withNames, s2);
        const ids = (m: ClientMatcher, t: string) => m.findMentions(t).map((x) => [x.clientId, x.start, x.end]);
        const expected = ids(plain, withNames);
        expect(expected.length).toBeGreaterThan(0);
        // disguise() maps each character to one character, so offsets stay comparable.
        expect(ids(plain, disguised)).toEqual(expected);
        expect(ids(fancy, withNames)).toEqual(expected);
        expect(ids(fancy, disguised)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a person named exactly as a client is that client, however the page writes the name', () => {
    fc.assert(
      fc.property(nameArb, fc.integer(), (name, seed) => {
        const m = new ClientMatcher([{ id: 'c', name, aliases: [], handles: {} }]);
        expect(m.matchPerson('facebook', { name: disguise(name, seed) })?.clientId).toBe('c');
      }),
    );
  });
});
