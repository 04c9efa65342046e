/**
 * Generated class names, as Facebook's and Instagram's atomic CSS makes them ("x1i10hfl xjbqb8w …",
 * "_aswp _aswr …"): new on every render of a page, so a selector that keys on them fails at once.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function token(prefix: string, length: number): string {
  let s = prefix;
  for (let i = 0; i < length; i += 1) s += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return s;
}

/** `count` random atomic classes ("x1a2b3c x9z8y7w …"). */
export function atomic(count = 6): string {
  return Array.from({ length: count }, () => token('x', 7)).join(' ');
}

/** Instagram's short underscore classes ("_a9zs _ab8w …"). */
export function underscored(count = 4): string {
  return Array.from({ length: count }, () => token('_a', 3)).join(' ');
}
