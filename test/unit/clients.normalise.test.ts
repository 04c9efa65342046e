import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, words } from '../../src/clients/normalise';

/** The fold before its ASCII shortcut: every string goes through NFKD and mark removal. */
const slowFold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('fold', () => {
  it('gives what the full Unicode fold gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        expect(fold(s)).toBe(slowFold(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds case and accents, and leaves plain ASCII lower-cased', () => {
    expect(words('María-José  PÉREZ')).toEqual(['maria', 'jose', 'perez']);
    expect(fold('Zoë')).toBe('zoe');
    expect(fold('OKAFOR')).toBe('okafor');
    expect(fold('ﬁ')).toBe('fi');
  });
});
