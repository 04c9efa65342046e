import { describe, expect, it } from 'vitest';
import { evaluate, readCorpus } from '../corpus/evaluate';

/** The targets of issue 14, on the hand-labelled corpus in test/corpus/ (npm run eval:content prints the figures). */
describe('content checks on the labelled corpus', () => {
  const result = evaluate();

  it('has at least 300 texts, English and Spanish, of every kind, safe and unsafe', () => {
    const samples = readCorpus();
    expect(samples.length).toBeGreaterThanOrEqual(300);
    expect(new Set(samples.map((s) => s.file)).size).toBe(2);
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(['review', 'reply', 'post', 'message']));
    expect(result.safe).toBeGreaterThanOrEqual(100);
    expect(result.unsafe).toBeGreaterThanOrEqual(150);
  });

  it('flags at least 95% of the texts that reveal care or ask clients to market', () => {
    expect(result.overall.recall, result.misses.map((m) => m.text).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 5% of the safe texts', () => {
    expect(result.safeFlagged, result.wrong.map((m) => `${m.text} → ${m.found.join(', ')}`).join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('finds every category in at least 90% of the texts labelled with it', () => {
    for (const [category, s] of Object.entries(result.categories)) expect(s.recall, category).toBeGreaterThanOrEqual(0.9);
  });
});
