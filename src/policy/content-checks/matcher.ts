import { CARE_CATEGORIES, CONTENT_CATEGORIES, type ContentCategory, type ContentCheck, type DraftKind, type Flag } from './categories';
import type { PhraseTable } from './table';

/**
 * The phrase matcher of the content checks: pure, no DOM, no zod. A draft is cut into words
 * (letters and digits), each folded (case and accents); every list of every language is
 * compiled into one index by first word, so a draft is read once, left to right.
 */

type ListName = keyof PhraseTable | 'own-care' | 'own-marketing';

type Spec =
  | { type: 'word'; words: ReadonlySet<string>; prefixes: readonly string[]; optional: boolean }
  | { type: 'number'; optional: boolean }
  | { type: 'gap'; max: number };

interface Pattern {
  list: ListName;
  specs: readonly Spec[];
}

export interface CompiledChecks {
  exact: Map<string, Pattern[]>;
  /** Patterns whose first word is a prefix ("therap*"), by the prefix's first two letters. */
  prefix: Map<string, Pattern[]>;
  /** Patterns that start with a number ("# off"). */
  numeric: Pattern[];
}

const FOLD_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER = /^\d+(?:am|pm|h|st|nd|rd|th)?$/;
const SENTENCE_END = /[.!?;:¡¿\n]/;
const QUESTION = /[?¿]/;
/** How far back (in words, same sentence) a negator reaches: "I do not ask clients or former clients for reviews". */
const NEGATION_REACH = 8;

const ASCII = /^[a-z0-9]*$/i;

export function fold(word: string): string {
  // Most words are plain ASCII: lower case is all they need (the check of a long draft stays well under 1 ms).
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(FOLD_MARKS, '').toLowerCase();
}

function wordSpec(text: string): Spec {
  const optional = text.startsWith('[') && text.endsWith(']');
  const body = optional ? text.slice(1, -1) : text;
  if (body === '#') return { type: 'number', optional };
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of body.split('/')) {
    if (alt.endsWith('*')) prefixes.push(fold(alt.slice(0, -1)));
    else words.add(fold(alt));
  }
  return { type: 'word', words, prefixes, optional };
}

function parsePattern(source: string, list: ListName): Pattern | null {
  const specs = source
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part): Spec => (part === '..' ? { type: 'gap', max: 3 } : part === '...' ? { type: 'gap', max: 6 } : wordSpec(part)));
  return specs.length ? { list, specs } : null;
}

function index(compiled: CompiledChecks, pattern: Pattern): void {
  const first = pattern.specs[0];
  // (Short messages: this file is in every content script, within its size budget.)
  if (!first || first.type === 'gap' || first.optional) throw new Error(`${pattern.list}: must start with a word`);
  if (first.type === 'number') {
    compiled.numeric.push(pattern);
    return;
  }
  for (const w of first.words) compiled.exact.set(w, [...(compiled.exact.get(w) ?? []), pattern]);
  for (const p of first.prefixes) {
    if (p.length < 2) throw new Error(`${pattern.list}: ${p}* is too short`);
    const key = p.slice(0, 2);
    compiled.prefix.set(key, [...(compiled.prefix.get(key) ?? []), pattern]);
  }
}

/** The therapist's own phrase: its words, taken literally (no pattern syntax). */
function ownPattern(phrase: string, list: ListName): Pattern | null {
  const words = phrase.match(WORD)?.map(fold) ?? [];
  if (words.length === 0) return null;
  return { list, specs: words.map((w) => ({ type: 'word', words: new Set([w]), prefixes: [], optional: false })) };
}

/** Compiles the stock tables of every language and the therapist's own phrases into one index. */
export function compileChecks(tables: readonly PhraseTable[], own: Readonly<Record<ContentCheck, readonly string[]>>): CompiledChecks {
  const compiled: CompiledChecks = { exact: new Map(), prefix: new Map(), numeric: [] };
  for (const table of tables) {
    for (const [list, sources] of Object.entries(table) as Array<[keyof PhraseTable, string]>) {
      for (const source of sources.split('|')) {
        const pattern = parsePattern(source, list);
        if (pattern) index(compiled, pattern);
      }
    }
  }
  for (const check of ['care', 'marketing'] as const) {
    for (const phrase of own[check]) {
      const pattern = ownPattern(phrase, `own-${check}`);
      if (pattern) index(compiled, pattern);
    }
  }
  return compiled;
}

interface Words {
  folded: string[];
  start: number[];
  end: number[];
  sentence: number[];
  /** Per sentence: does it ask something ("How are the nightmares?")? */
  question: boolean[];
}

function words(text: string): Words {
  const out: Words = { folded: [], start: [], end: [], sentence: [], question: [false] };
  let sentence = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    if (out.folded.length > 0 && SENTENCE_END.test(gap)) {
      if (QUESTION.test(gap)) out.question[sentence] = true;
      sentence += 1;
      out.question[sentence] = false;
    } else if (QUESTION.test(gap)) out.question[sentence] = true;
    out.folded.push(fold(m[0]));
    out.start.push(m.index);
    out.end.push(m.index + m[0].length);
    out.sentence.push(sentence);
    last = m.index + m[0].length;
  }
  if (QUESTION.test(text.slice(last))) out.question[sentence] = true;
  return out;
}

function wordMatches(spec: Spec & { type: 'word' }, word: string): boolean {
  if (spec.words.has(word)) return true;
  for (const p of spec.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** The end (exclusive) of the pattern matched from word i, or -1. Gaps and optional words backtrack; a match stays in one sentence. */
function matchAt(specs: readonly Spec[], s: number, w: Words, i: number, sentence: number): number {
  if (s === specs.length) return i;
  const spec = specs[s] as Spec;
  if (spec.type === 'gap') {
    for (let skip = 0; skip <= spec.max; skip += 1) {
      const j = i + skip;
      if (j > w.folded.length || (j < w.folded.length && w.sentence[j] !== sentence)) break;
      const end = matchAt(specs, s + 1, w, j, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const word = w.folded[i];
  const here = word !== undefined && w.sentence[i] === sentence && (spec.type === 'number' ? NUMBER.test(word) : wordMatches(spec, word));
  if (here) {
    const end = matchAt(specs, s + 1, w, i + 1, sentence);
    if (end >= 0) return end;
  }
  return spec.optional ? matchAt(specs, s + 1, w, i, sentence) : -1;
}

interface Hit {
  list: ListName;
  start: number;
  end: number;
}

function scan(compiled: CompiledChecks, w: Words): Hit[] {
  const hits: Hit[] = [];
  const none: Pattern[] = [];
  for (let i = 0; i < w.folded.length; i += 1) {
    const word = w.folded[i] as string;
    const sentence = w.sentence[i] as number;
    for (const candidates of [
      compiled.exact.get(word) ?? none,
      compiled.prefix.get(word.slice(0, 2)) ?? none,
      NUMBER.test(word) ? compiled.numeric : none,
    ]) {
      for (const pattern of candidates) {
        const end = matchAt(pattern.specs, 0, w, i, sentence);
        if (end > i) hits.push({ list: pattern.list, start: i, end });
      }
    }
  }
  return hits;
}

/** The category a list flags ("clinicalTerms" → "clinical", "own-care" → "own"), or null for the lists of cues. */
function categoryOf(list: ListName): ContentCategory | 'own' | null {
  if (list.startsWith('own')) return 'own';
  const category = list.replace('Terms', '');
  return (CONTENT_CATEGORIES as readonly string[]).includes(category) ? (category as ContentCategory) : null;
}

/** A denial is not a disclosure: "we cannot confirm whether you were a client", "I never ask for reviews". */
const NEGATABLE: ReadonlySet<ListName> = new Set(['relationship', 'reviews', 'sharing', 'rewards']);
const TERMS: ReadonlySet<ListName> = new Set(['clinicalTerms', 'logisticsTerms']);

/**
 * The phrases of a draft that the checks flag, in the order they appear. `off` lists the
 * categories the therapist turned off.
 *
 * A clinical or logistics *term* ("anxiety", "appointment") flags only when the draft is
 * about someone in care: always in a review response or a message (one reader, who the draft
 * is about); in a reply or comment when it speaks to or of someone ("you", "her") or asks
 * something; in a post (whose "you" is everyone) when it speaks of someone in particular; in
 * any draft that also states the relationship; and a logistics term beside a day or time.
 * A sentence about people in general ("if you…", "anyone") does not flag terms in a reply or post.
 */
export function checkDraft(compiled: CompiledChecks, text: string, kind: DraftKind, off: ReadonlySet<string> = new Set()): Flag[] {
  const w = words(text);
  const hits = scan(compiled, w);
  const starts = (list: ListName) => hits.filter((h) => h.list === list);
  const notNegating = new Set(starts('notNegating').map((h) => h.start));
  const negators = starts('negators').filter((h) => !notNegating.has(h.start));
  const negated = (h: Hit) =>
    negators.some((n) => n.start < h.start && n.start >= h.start - NEGATION_REACH && w.sentence[n.start] === w.sentence[h.start]);
  const sentencesWith = (list: ListName) => new Set(starts(list).map((h) => w.sentence[h.start]));
  const generic = sentencesWith('generic');
  const time = sentencesWith('time');
  const second = starts('secondPerson').length > 0;
  const third = starts('thirdPerson').length > 0;

  const kept = hits.filter((h) => categoryOf(h.list) !== null && !(NEGATABLE.has(h.list) && negated(h)));
  const relationship = kept.some((h) => h.list === 'relationship');
  const termCounts = (h: Hit): boolean => {
    if (kind === 'review' || kind === 'message' || relationship) return true;
    const sentence = w.sentence[h.start] as number;
    if (generic.has(sentence)) return false;
    if (h.list === 'logisticsTerms' && time.has(sentence)) return true;
    return kind === 'reply' ? second || third || w.question[sentence] === true : third;
  };

  const flags: Flag[] = [];
  for (const h of kept) {
    if (TERMS.has(h.list) && !termCounts(h)) continue;
    const category = categoryOf(h.list) as ContentCategory | 'own';
    if (off.has(category)) continue;
    const check: ContentCheck = h.list === 'own-care' || (CARE_CATEGORIES as readonly string[]).includes(category) ? 'care' : 'marketing';
    const start = w.start[h.start] as number;
    const end = w.end[h.end - 1] as number;
    // Overlapping phrases of one category are shown as one ("cancellation fee" and "fee").
    const same = flags.find((f) => f.category === category && f.start <= end && start <= f.end);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
      same.text = text.slice(same.start, same.end);
      continue;
    }
    flags.push({ check, category, text: text.slice(start, end), start, end });
  }
  return flags.sort((a, b) => a.start - b.start);
}
