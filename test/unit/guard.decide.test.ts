import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Mention, PersonMatch } from '../../src/clients/matcher';
import {
  ACTION_KINDS,
  type ActionKind,
  CLAUSE_TITLES,
  LEVELS,
  type Level,
  PLATFORMS,
  type Platform,
  RULE_CLAUSE,
  RULE_KEYS,
  type RuleKey,
  SCOPES,
} from '../../src/core/vocabulary';
import type { GuardedAction } from '../../src/guard/action';
import { decide, type Matches } from '../../src/guard/decide';
import { Grants } from '../../src/guard/grants';
import type { Flag } from '../../src/policy/content-checks/categories';
import { defaultSettings } from '../../src/policy/defaults';
import { parseSettingsFile } from '../../src/policy/migrations';
import { effectiveRule, withException as setException, sitesWithException } from '../../src/policy/rules';
import type { Settings } from '../../src/policy/schema';

const EXACT: PersonMatch = { clientId: 'c1', certainty: 'exact', via: 'handle' };
const POSSIBLE: PersonMatch = { clientId: 'c2', certainty: 'possible', via: 'initial' };
const MENTION: Mention = { clientId: 'c1', text: 'María', start: 4, end: 9 };
const NONE: Matches = { person: null, mentions: [] };
const CARE_FLAG: Flag = { check: 'care', category: 'relationship', text: 'our last session', start: 0, end: 16 };
const MARKETING_FLAG: Flag = { check: 'marketing', category: 'reviews', text: 'leave us a review', start: 0, end: 17 };
/** What a content rule needs to fire: a flag of its check. */
function flagsFor(key: RuleKey): Flag[] {
  return key === 'marketing' ? [MARKETING_FLAG] : key === 'care' || key === 'care.message' ? [CARE_FLAG] : [];
}

/** Settings with every rule off except the ones given. */
function only(rules: Partial<Settings['rules']>): Settings {
  const s = defaultSettings();
  for (const key of RULE_KEYS) s.rules[key] = { level: 'off', scope: 'always' };
  Object.assign(s.rules, rules);
  return s;
}

/** The action that a rule key is about (a content rule: a reply, message or post whose draft a check flagged). */
const CONTENT_KIND: Record<string, ActionKind> = { care: 'reply', 'care.message': 'message', marketing: 'post' };
function actionFor(key: RuleKey, extra: Partial<GuardedAction> = {}): GuardedAction {
  const kind: ActionKind = key === 'follow.back' ? 'follow' : (CONTENT_KIND[key] ?? (key as ActionKind));
  return { kind, platform: 'facebook', control: 'X', ...(key === 'follow.back' ? { back: true } : {}), ...extra };
}

describe('decide: every rule key × level × scope', () => {
  const cases = RULE_KEYS.flatMap((key) => LEVELS.flatMap((level) => SCOPES.map((scope) => [key, level, scope] as const)));
  it.each(cases)('%s at %s, scope %s', (key, level, scope) => {
    const settings = only({ [key]: { level, scope } });
    const action = actionFor(key);
    const flags = flagsFor(key);
    const stranger = decide(action, settings, { ...NONE, flags });
    const client = decide(action, settings, { person: EXACT, mentions: [], flags });
    if (level === 'off') {
      expect(stranger).toBeNull();
      expect(client).toBeNull();
      return;
    }
    // A client always triggers a rule that is on.
    expect(client).toMatchObject({ level, rule: key, client: 'yes' });
    expect(client?.clause).toEqual({ title: CLAUSE_TITLES[RULE_CLAUSE[key]], text: settings.clauses[RULE_CLAUSE[key]].text });
    // Anyone else only when the rule says "always".
    if (scope === 'always') expect(stranger).toMatchObject({ level, rule: key, client: 'no' });
    else expect(stranger).toBeNull();
  });
});

describe('decide: with the default settings', () => {
  const s = defaultSettings();
  it.each<[ActionKind, boolean]>([
    ['connect.accept', true],
    ['connect.request', true],
    ['follow', false],
    ['reply', false],
    ['message', false],
    ['review.respond', true],
    ['post', false],
  ])('%s with a stranger: guarded = %s', (kind, guarded) => {
    const result = decide({ kind, platform: 'x', control: 'X' }, s, NONE);
    expect(result !== null).toBe(guarded);
  });

  it.each(ACTION_KINDS)('%s with a client: confirm', (kind) => {
    expect(decide({ kind, platform: 'instagram', control: 'X' }, s, { person: EXACT, mentions: [] })?.level).toBe('confirm');
  });

  it('a follow back is guarded for anyone, a plain follow only for clients', () => {
    expect(decide({ kind: 'follow', back: true, platform: 'x', control: 'Follow back' }, s, NONE)).toMatchObject({
      rule: 'follow.back',
      level: 'confirm',
      client: 'no',
    });
    expect(decide({ kind: 'follow', platform: 'x', control: 'Follow' }, s, NONE)).toBeNull();
  });

  it('a post is guarded only when it names a client', () => {
    const post: GuardedAction = { kind: 'post', platform: 'facebook', control: 'Post', draft: 'Hi María' };
    expect(decide(post, s, NONE)).toBeNull();
    expect(decide(post, s, { person: null, mentions: [MENTION] })).toMatchObject({ rule: 'post', client: 'yes', mentions: ['María'] });
  });
});

describe('decide: follow and follow back', () => {
  it('the stricter of "follow back" and "follow" wins', () => {
    const s = only({ 'follow.back': { level: 'remind', scope: 'always' }, follow: { level: 'block', scope: 'client' } });
    const back = actionFor('follow.back');
    expect(decide(back, s, NONE)).toMatchObject({ rule: 'follow.back', level: 'remind' });
    expect(decide(back, s, { person: EXACT, mentions: [] })).toMatchObject({ rule: 'follow', level: 'block' });
  });

  it('at equal levels "follow back" is named', () => {
    const s = only({ 'follow.back': { level: 'confirm', scope: 'always' }, follow: { level: 'confirm', scope: 'always' } });
    expect(decide(actionFor('follow.back'), s, NONE)?.rule).toBe('follow.back');
  });

  it('the "follow back" rule never applies to a plain follow', () => {
    const s = only({ 'follow.back': { level: 'block', scope: 'always' } });
    expect(decide(actionFor('follow'), s, { person: EXACT, mentions: [] })).toBeNull();
  });

  it('"back" means nothing on other kinds', () => {
    const s = only({ 'follow.back': { level: 'block', scope: 'always' } });
    expect(decide({ kind: 'connect.accept', back: true, platform: 'facebook', control: 'Confirm' }, s, NONE)).toBeNull();
  });
});

describe('decide: text that names a client (the "post" rule on any kind)', () => {
  it('a reply to a stranger that names a client is guarded by the post rule', () => {
    const s = only({ reply: { level: 'confirm', scope: 'client' }, post: { level: 'reason', scope: 'client' } });
    const reply: GuardedAction = { kind: 'reply', platform: 'facebook', control: 'Enter', draft: 'Hi María' };
    expect(decide(reply, s, NONE)).toBeNull();
    expect(decide(reply, s, { person: null, mentions: [MENTION] })).toMatchObject({
      rule: 'post',
      level: 'reason',
      client: 'yes',
      mentions: ['María'],
    });
  });

  it("the kind's own rule wins when it is stricter or equal", () => {
    const s = only({ message: { level: 'block', scope: 'client' }, post: { level: 'confirm', scope: 'client' } });
    expect(decide(actionFor('message'), s, { person: null, mentions: [MENTION] })).toMatchObject({ rule: 'message', level: 'block' });
    const eq = only({ message: { level: 'confirm', scope: 'client' }, post: { level: 'confirm', scope: 'client' } });
    expect(decide(actionFor('message'), eq, { person: null, mentions: [MENTION] })?.rule).toBe('message');
  });

  it('lists each mentioned text once', () => {
    const s = defaultSettings();
    const mentions: Mention[] = [MENTION, { ...MENTION, start: 20, end: 25 }, { clientId: 'c3', text: 'Jo Lin', start: 30, end: 36 }];
    expect(decide(actionFor('post'), s, { person: null, mentions })?.mentions).toEqual(['María', 'Jo Lin']);
  });

  it('the post rule switched off leaves other rules working', () => {
    const s = only({ reply: { level: 'confirm', scope: 'always' } });
    expect(decide(actionFor('reply'), s, { person: null, mentions: [MENTION] })).toMatchObject({ rule: 'reply' });
  });
});

describe('decide: who the other person is', () => {
  const s = only({ message: { level: 'confirm', scope: 'client' } });
  it('a possible match counts as a client and says so', () => {
    expect(decide(actionFor('message'), s, { person: POSSIBLE, mentions: [] })).toMatchObject({ client: 'possible' });
  });

  it('a mention makes it certain even when the person is only possible', () => {
    expect(decide(actionFor('message'), s, { person: POSSIBLE, mentions: [MENTION] })?.client).toBe('yes');
  });
});

describe('decide: platforms and review replies', () => {
  it.each(PLATFORMS)('nothing at all on %s when it is switched off', (platform) => {
    const s = defaultSettings();
    for (const key of RULE_KEYS) s.rules[key] = { level: 'block', scope: 'always' };
    s.platforms[platform] = false;
    for (const kind of ACTION_KINDS) {
      expect(decide({ kind, platform, control: 'X' }, s, { person: EXACT, mentions: [MENTION] })).toBeNull();
    }
    const other = PLATFORMS.find((p) => p !== platform) ?? 'x';
    expect(decide({ kind: 'follow', platform: other, control: 'X' }, s, NONE)).not.toBeNull();
  });

  it('review.respond suggests the generic reply, trimmed; other kinds do not', () => {
    const s = defaultSettings();
    s.reviewReplyText = '  Thank you. We cannot discuss anyone’s care online.  ';
    const review = decide({ kind: 'review.respond', platform: 'yelp', control: 'Comment', person: { name: 'Sam L.' } }, s, NONE);
    expect(review).toMatchObject({ rule: 'review.respond', suggestedReply: 'Thank you. We cannot discuss anyone’s care online.' });
    expect(review?.clause.title).toBe(CLAUSE_TITLES.reviews);
    expect(decide({ kind: 'reply', platform: 'yelp', control: 'X' }, s, { person: EXACT, mentions: [] })).not.toHaveProperty(
      'suggestedReply',
    );
  });

  it('no suggestion when the generic reply is blank', () => {
    const s = defaultSettings();
    s.reviewReplyText = '   ';
    expect(decide({ kind: 'review.respond', platform: 'yelp', control: 'Thank' }, s, NONE)).not.toHaveProperty('suggestedReply');
  });

  it("quotes the therapist's own clause text", () => {
    const s = defaultSettings();
    s.clauses.friending.text = 'My own words about friending.';
    expect(decide({ kind: 'connect.accept', platform: 'facebook', control: 'Confirm' }, s, NONE)?.clause).toEqual({
      title: 'Friending',
      text: 'My own words about friending.',
    });
  });

  it('is pure: the same input gives the same output and nothing is changed', () => {
    const s = defaultSettings();
    const frozen = JSON.stringify(s);
    const action = actionFor('follow.back');
    const a = decide(action, s, { person: EXACT, mentions: [MENTION] });
    const b = decide(action, s, { person: EXACT, mentions: [MENTION] });
    expect(a).toEqual(b);
    expect(JSON.stringify(s)).toBe(frozen);
  });
});

describe('decide: per-site exceptions (platformRules)', () => {
  /** The rule for every site and one exception, everything else off. */
  function withException(key: RuleKey, everywhere: Settings['rules'][RuleKey], platform: Platform, exception: Settings['rules'][RuleKey]) {
    const s = only({ [key]: everywhere });
    s.platformRules = { [platform]: { [key]: exception } };
    return s;
  }

  // Every rule key on every site: the exception holds on its own site and nowhere else.
  const table = RULE_KEYS.flatMap((key) => PLATFORMS.map((platform) => [key, platform] as const));
  it.each(table)('%s with an exception on %s: Block there, Confirm elsewhere', (key, platform) => {
    const s = withException(key, { level: 'confirm', scope: 'always' }, platform, { level: 'block', scope: 'always' });
    for (const p of PLATFORMS) {
      const result = decide(actionFor(key, { platform: p }), s, { ...NONE, flags: flagsFor(key) });
      expect([p, result?.level, result?.rule]).toEqual([p, p === platform ? 'block' : 'confirm', key]);
    }
  });

  it.each<[Level, Level, Level | null]>([
    ['confirm', 'block', 'block'],
    ['block', 'off', null],
    ['off', 'remind', 'remind'],
    ['reason', 'confirm', 'confirm'],
    ['remind', 'reason', 'reason'],
  ])('every site %s, X %s: X gets %s (an exception may be gentler as well as stricter)', (everywhere, onX, expected) => {
    const s = withException('follow', { level: everywhere, scope: 'always' }, 'x', { level: onX, scope: 'always' });
    expect(decide(actionFor('follow', { platform: 'x' }), s, NONE)?.level ?? null).toBe(expected);
    expect(decide(actionFor('follow', { platform: 'facebook' }), s, NONE)?.level ?? null).toBe(everywhere === 'off' ? null : everywhere);
  });

  it("the exception's own scope holds on its site, not the scope of the rule for every site", () => {
    const s = withException('message', { level: 'confirm', scope: 'always' }, 'instagram', { level: 'reason', scope: 'client' });
    const message = (platform: Platform) => actionFor('message', { platform });
    expect(decide(message('instagram'), s, NONE)).toBeNull();
    expect(decide(message('instagram'), s, { person: EXACT, mentions: [] })).toMatchObject({ level: 'reason', client: 'yes' });
    expect(decide(message('facebook'), s, NONE)).toMatchObject({ level: 'confirm', client: 'no' });

    const wider = withException('message', { level: 'confirm', scope: 'client' }, 'yelp', { level: 'confirm', scope: 'always' });
    expect(decide(message('yelp'), wider, NONE)).toMatchObject({ level: 'confirm' });
    expect(decide(message('x'), wider, NONE)).toBeNull();
  });

  it('follow back on a site: the stricter of its follow and follow-back rules there', () => {
    const s = only({ follow: { level: 'remind', scope: 'always' }, 'follow.back': { level: 'confirm', scope: 'always' } });
    s.platformRules = { x: { follow: { level: 'block', scope: 'always' } } };
    expect(decide(actionFor('follow.back', { platform: 'x' }), s, NONE)).toMatchObject({ rule: 'follow', level: 'block' });
    expect(decide(actionFor('follow.back', { platform: 'instagram' }), s, NONE)).toMatchObject({ rule: 'follow.back', level: 'confirm' });
  });

  it('the "post" rule for text naming a client takes the exception of the site the text is sent on', () => {
    const s = only({ reply: { level: 'remind', scope: 'always' }, post: { level: 'confirm', scope: 'client' } });
    s.platformRules = { facebook: { post: { level: 'block', scope: 'client' } } };
    const reply = (platform: Platform): GuardedAction => ({ kind: 'reply', platform, control: 'Enter', draft: 'Hi María' });
    const named = { person: null, mentions: [MENTION] };
    expect(decide(reply('facebook'), s, named)).toMatchObject({ rule: 'post', level: 'block' });
    expect(decide(reply('x'), s, named)).toMatchObject({ rule: 'post', level: 'confirm' });
    expect(decide(reply('facebook'), s, NONE)).toMatchObject({ rule: 'reply', level: 'remind' });
  });

  it('a site switched off stays off, whatever its exceptions say', () => {
    const s = withException('connect.accept', { level: 'confirm', scope: 'always' }, 'facebook', { level: 'block', scope: 'always' });
    s.platforms.facebook = false;
    expect(decide(actionFor('connect.accept'), s, { person: EXACT, mentions: [] })).toBeNull();
  });

  it('an empty site entry means no exceptions there', () => {
    const s = only({ follow: { level: 'confirm', scope: 'always' } });
    s.platformRules = { x: {} };
    expect(decide(actionFor('follow', { platform: 'x' }), s, NONE)).toMatchObject({ level: 'confirm' });
  });

  it('agrees with effectiveRule for every site and rule of the v3 fixture', () => {
    const parsed = parseSettingsFile(readFileSync('test/fixtures/settings/v3.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const s = parsed.value;
    for (const platform of PLATFORMS) {
      for (const key of RULE_KEYS) {
        const rule = effectiveRule(s, platform, key);
        const result = decide(
          actionFor(key, { platform }),
          { ...only({ [key]: rule }), platforms: s.platforms },
          {
            person: EXACT,
            mentions: [],
            flags: flagsFor(key),
          },
        );
        const expected = !s.platforms[platform] || rule.level === 'off' ? null : rule.level;
        expect([platform, key, result?.level ?? null]).toEqual([platform, key, expected]);
      }
    }
    expect(effectiveRule(s, 'x', 'follow')).toEqual({ level: 'block', scope: 'always' });
    expect(effectiveRule(s, 'facebook', 'follow')).toEqual({ level: 'confirm', scope: 'client' });
  });
});

describe('withException (the editing helper)', () => {
  it('adds, replaces and removes one exception, dropping a site left empty, without changing its input', () => {
    const start: Settings['platformRules'] = { facebook: { message: { level: 'reason', scope: 'client' } } };
    const frozen = JSON.stringify(start);
    const added = setException(start, 'x', 'follow', { level: 'block', scope: 'always' });
    expect(added).toEqual({
      facebook: { message: { level: 'reason', scope: 'client' } },
      x: { follow: { level: 'block', scope: 'always' } },
    });
    expect(setException(added, 'x', 'follow', { level: 'off', scope: 'client' }).x).toEqual({ follow: { level: 'off', scope: 'client' } });
    expect(setException(added, 'x', 'follow', null)).toEqual(start);
    expect(setException(start, 'facebook', 'message', null)).toEqual({});
    expect(setException(start, 'yelp', 'post', null)).toEqual(start);
    expect(JSON.stringify(start)).toBe(frozen);
    expect(sitesWithException({ platformRules: added }, 'follow')).toEqual(['x']);
    expect(sitesWithException({ platformRules: added }, 'reply')).toEqual([]);
  });
});

describe('Grants', () => {
  const open: GuardedAction = {
    kind: 'reply',
    platform: 'facebook',
    control: 'Reply',
    step: 'open',
    person: { handle: 'maria.perez', name: 'María Pérez' },
  };
  const send: GuardedAction = { ...open, control: 'Enter', step: 'send', draft: 'Thank you' };
  const T0 = 1_000_000;

  it('a Proceed at the opening step covers the send for the same person, once', () => {
    const g = new Grants();
    g.add(open, 'c1', T0);
    expect(g.take(send, T0 + 1000)).toEqual({ clientId: 'c1' });
    expect(g.take(send, T0 + 2000)).toBeNull();
  });

  it('does not cover another person, kind or platform', () => {
    const g = new Grants();
    g.add(open, null, T0);
    expect(g.take({ ...send, person: { handle: 'dana.whitfield', name: 'María Pérez' } }, T0)).toBeNull();
    expect(g.take({ ...send, kind: 'message' }, T0)).toBeNull();
    expect(g.take({ ...send, platform: 'x' }, T0)).toBeNull();
    expect(g.take({ ...send, person: undefined }, T0)).toBeNull();
    expect(g.take(send, T0)).toEqual({ clientId: null });
  });

  it('expires after 15 minutes', () => {
    const g = new Grants();
    g.add(open, 'c1', T0);
    expect(g.take(send, T0 + 15 * 60_000)).toBeNull();
    g.add(open, 'c1', T0);
    expect(g.take(send, T0 + 15 * 60_000 - 1)).toEqual({ clientId: 'c1' });
  });

  it('never covers another opening step', () => {
    const g = new Grants();
    g.add(open, 'c1', T0);
    expect(g.take(open, T0)).toBeNull();
    expect(g.take(send, T0)).not.toBeNull();
  });

  it('matches by name (folded) when the page shows no handle', () => {
    const g = new Grants();
    g.add({ ...open, person: { name: 'María Pérez' } }, 'c1', T0);
    expect(g.take({ ...send, person: { name: 'maria  perez' } }, T0)).toEqual({ clientId: 'c1' });
  });

  it('is not given for an action without a person', () => {
    const g = new Grants();
    g.add({ ...open, person: undefined }, 'c1', T0);
    g.add({ ...open, person: {} }, 'c1', T0);
    expect(g.take({ ...send, person: undefined }, T0)).toBeNull();
    expect(g.take({ ...send, person: {} }, T0)).toBeNull();
  });

  it('two opening steps give two sends', () => {
    const g = new Grants();
    g.add(open, 'c1', T0);
    g.add(open, 'c1', T0 + 1);
    expect(g.take(send, T0 + 2)).not.toBeNull();
    expect(g.take(send, T0 + 3)).not.toBeNull();
    expect(g.take(send, T0 + 4)).toBeNull();
  });
});

describe('decide covers every level name', () => {
  it('levels are ordered off < remind < confirm < reason < block', () => {
    const order: Level[] = ['off', 'remind', 'confirm', 'reason', 'block'];
    expect([...LEVELS]).toEqual(order);
    for (let i = 1; i < order.length; i += 1) {
      const lower = order[i - 1] as Level;
      const higher = order[i] as Level;
      const s = only({ reply: { level: lower, scope: 'always' }, post: { level: higher, scope: 'always' } });
      expect(decide(actionFor('reply'), s, { person: null, mentions: [MENTION] })).toMatchObject({ rule: 'post', level: higher });
    }
  });
});
