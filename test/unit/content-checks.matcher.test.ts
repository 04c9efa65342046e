import { describe, expect, it } from 'vitest';
import type { DraftKind } from '../../src/policy/content-checks/categories';
import { PHRASE_TABLES } from '../../src/policy/content-checks/index';
import { checkDraft, compileChecks, fold } from '../../src/policy/content-checks/matcher';
import type { PhraseTable } from '../../src/policy/content-checks/table';

const stock = compileChecks(PHRASE_TABLES, { care: [], marketing: [] });
const found = (text: string, kind: DraftKind = 'reply') => checkDraft(stock, text, kind).map((f) => `${f.category}:${f.text}`);

/** A table with only the lists a test needs. */
function table(lists: Partial<PhraseTable>): PhraseTable {
  const empty = Object.fromEntries(Object.keys(PHRASE_TABLES[0] as PhraseTable).map((k) => [k, ''])) as unknown as PhraseTable;
  return { ...empty, ...lists };
}

describe('content-check matcher: words', () => {
  it('matches whole words only', () => {
    const c = compileChecks([table({ relationship: 'in session' })], { care: [], marketing: [] });
    expect(checkDraft(c, 'We were in session all day', 'review')).toHaveLength(1);
    expect(checkDraft(c, 'Join in sessional work', 'review')).toHaveLength(0);
    expect(checkDraft(c, 'within session', 'review')).toHaveLength(0);
  });

  it('ignores case and accents, in the draft and in the phrase', () => {
    expect(fold('SESIÓN')).toBe('sesion');
    expect(found('NUESTRA PRÓXIMA SESIÓN', 'message')).toEqual(['relationship:NUESTRA PRÓXIMA SESIÓN']);
    expect(found('nuestra proxima sesion', 'message')).toEqual(['relationship:nuestra proxima sesion']);
    expect(found('Como tu Psicóloga', 'message')).toEqual(['relationship:Como tu Psicóloga']);
  });

  it('reads through punctuation inside a phrase but not across sentences', () => {
    expect(found('Your no-show fee')).toContain('logistics:no-show');
    expect(found("As your   therapist, I'm glad")).toEqual(['relationship:As your   therapist']);
    // "as your" ends one sentence, "therapist" starts the next: no phrase.
    expect(found('That is as your. Therapist said nothing')).toEqual([]);
  });

  it('quotes the phrase exactly as the draft has it', () => {
    const [flag] = checkDraft(stock, 'Thanks!! Our   First Session was lovely', 'reply');
    expect(flag?.text).toBe('Our   First Session');
    expect(flag?.start).toBe(9);
  });

  it('matches prefixes, numbers, gaps and optional words', () => {
    const c = compileChecks([table({ rewards: 'refer* a friend|# off|leave .. review|my [best] client' })], { care: [], marketing: [] });
    const cats = (t: string) => checkDraft(c, t, 'post').map((f) => f.text);
    expect(cats('Referring a friend is easy')).toEqual(['Referring a friend']);
    expect(cats('get 25 off today')).toEqual(['25 off']);
    expect(cats('get some off today')).toEqual([]);
    expect(cats('leave us a quick review')).toEqual(['leave us a quick review']);
    expect(cats('leave it for later, and then one more review')).toEqual([]);
    expect(cats('my client and my best client')).toEqual(['my client', 'my best client']);
  });

  it("adds the therapist's own phrases literally, and they flag in any kind of draft", () => {
    const c = compileChecks(PHRASE_TABLES, { care: ['Harbor Counseling client'], marketing: ['#HarborLove'] });
    const flags = checkDraft(c, 'Proud to be a harbor counseling client! #HarborLove', 'post');
    expect(flags.map((f) => [f.check, f.category, f.text])).toEqual([
      ['care', 'own', 'harbor counseling client'],
      ['marketing', 'own', 'HarborLove'],
    ]);
  });

  it('leaves out categories that are turned off', () => {
    const text = 'Your appointment with me, as your therapist, is at 3pm';
    expect(checkDraft(stock, text, 'message').map((f) => f.category)).toEqual(['logistics', 'relationship']);
    expect(checkDraft(stock, text, 'message', new Set(['logistics'])).map((f) => f.category)).toEqual(['relationship']);
  });
});

describe('content-check matcher: negation', () => {
  it('a denial of the relationship is not a disclosure', () => {
    expect(found('We cannot confirm or deny whether you were a client.', 'review')).toEqual([]);
    expect(found('No podemos confirmar si fuiste paciente.', 'review')).toEqual([]);
    expect(found('You were a client here.', 'review')).toEqual(['relationship:You were a client']);
  });

  it('a refusal to ask for reviews is not a request', () => {
    expect(found('I do not ask clients or former clients for testimonials or reviews.', 'post')).toEqual([]);
    expect(found('Nunca pedimos reseñas a nuestros pacientes.', 'post')).toEqual([]);
    expect(found('Please do not check in at our office.', 'post')).toEqual([]);
  });

  it('"don\'t forget" and "no olvides" do not negate', () => {
    expect(found("Don't forget to leave us a review!", 'post')).toEqual(['reviews:leave us a review']);
    expect(found('¡No olvides dejarnos tu reseña!', 'post')).toEqual(['reviews:dejarnos tu reseña']);
  });

  it('a negator reaches back only within its sentence', () => {
    expect(found('I never post about work. Leave us a review!', 'post')).toEqual(['reviews:Leave us a review']);
  });

  it('does not negate care logistics or clinical content ("you didn\'t come to your appointment" still discloses)', () => {
    expect(found("You didn't come to your appointment", 'review')).toEqual(['logistics:appointment']);
    expect(found("Your ADHD doesn't define you")).toEqual(['clinical:ADHD']);
  });
});

describe('content-check matcher: everyday words', () => {
  it('"session" on its own does not flag', () => {
    expect(found('The jam session was great', 'reply')).toEqual([]);
    expect(found('La sesión de fotos quedó preciosa', 'reply')).toEqual([]);
    expect(found('See you at our next session', 'reply')).toEqual(['relationship:our next session']);
  });

  it('"anxious" and "depressed" do not flag; a condition flags when it is about the reader', () => {
    expect(found('I was so anxious watching the game')).toEqual([]);
    expect(found("I'm depressed the Mets lost")).toEqual([]);
    expect(found('My dog has more anxiety about the vacuum than I do')).toEqual([]);
    expect(found('Hope your anxiety is easing')).toEqual(['clinical:anxiety']);
  });

  it('a post about people in general does not flag; a post about someone does', () => {
    expect(found('Anxiety is one of the most common reasons people start therapy.', 'post')).toEqual([]);
    expect(found("If you're struggling with depression, you're not alone.", 'post')).toEqual([]);
    expect(found('So proud of her: a year without a panic attack.', 'post')).toEqual(['clinical:panic attack']);
  });

  it('a review response or message is about its one reader', () => {
    expect(found('I hope the insomnia is better.', 'review')).toEqual(['clinical:insomnia']);
    expect(found('I hope the insomnia is better.', 'post')).toEqual([]);
  });

  it('a logistics word flags beside the day or time of a visit', () => {
    expect(found('Reminder: appointment moved to 3pm Wednesday', 'post')).toEqual(['logistics:appointment']);
    expect(found('We take appointments by phone', 'post')).toEqual([]);
  });
});

describe('content-check matcher: compile errors', () => {
  it('rejects a pattern that starts with a gap or an optional word', () => {
    expect(() => compileChecks([table({ reviews: '.. review' })], { care: [], marketing: [] })).toThrow(/must start with a word/);
    expect(() => compileChecks([table({ reviews: '[a] review' })], { care: [], marketing: [] })).toThrow(/must start with a word/);
  });

  it('every stock pattern compiles', () => {
    expect(stock.exact.size).toBeGreaterThan(100);
  });
});
