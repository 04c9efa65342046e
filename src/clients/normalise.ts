/**
 * Folding for names: case, diacritics, punctuation and spacing do not matter
 * ("María-José  PÉREZ" ~ "maria jose perez"). Tokens keep their offsets so a
 * match in a draft can be pointed at in the original text.
 */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;

/** Printable ASCII has no decompositions and no marks: lower-casing is the whole fold (most names and drafts). */
const ASCII = /^[ -~]*$/;

export function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (word) tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

export function normaliseName(text: string): string {
  return words(text).join(' ');
}
