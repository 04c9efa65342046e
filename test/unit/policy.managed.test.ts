import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decide } from '../../src/guard/decide';
import { CLAUSES } from '../../src/policy/clauses';
import { defaultSettings } from '../../src/policy/defaults';
import {
  applyManaged,
  clauseLocked,
  exceptionLocked,
  type ManagedPolicy,
  managesAnything,
  offeredClause,
  platformLocked,
  practiceLocked,
  ruleLocked,
  settingLocked,
} from '../../src/policy/locks';
import { readManagedPolicy } from '../../src/policy/managed';
import { settingsSchema } from '../../src/policy/schema';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { managedStateOf, readManagedStorage, syncManagedPolicy } from '../../src/storage/managed';
import { loadEffectiveSettings } from '../../src/storage/settings';
import { heldByManaged } from '../../src/ui/options/backup';
import { guardedRules } from '../../src/ui/shared/platform-rules';

const HARBOR = 'Harbor Counseling IT';

/** The policy read from `raw`, failing the test if anything was reported. */
function clean(raw: unknown): ManagedPolicy {
  const { policy, problems } = readManagedPolicy(raw);
  expect(problems).toEqual([]);
  return policy;
}

describe('readManagedPolicy: what an administrator pushed, part by part', () => {
  it('reads every part, fills a clause from its stock choice, and locks clauses unless told otherwise', () => {
    const policy = clean({
      managedBy: `  ${HARBOR}  `,
      practice: { practiceName: 'Harbor Counseling', effectiveDate: '2026-11-01' },
      clauses: {
        friending: { choice: 'former-after-review' },
        reviews: { text: 'We never answer reviews.', locked: true },
        interacting: { text: 'Call the office.', locked: false },
        following: { choice: 'professional-only', text: 'Our own words about following.' },
      },
      rules: { follow: { level: 'block', scope: 'always' } },
      platformRules: { x: { reply: { level: 'reason', scope: 'client' } } },
      platforms: { yelp: false },
      reviewReplyText: 'Thank you.',
      discreet: true,
      logNames: false,
      logRetentionDays: 30,
    });
    expect(policy).toEqual({
      managedBy: HARBOR,
      practice: { practiceName: 'Harbor Counseling', effectiveDate: '2026-11-01' },
      clauses: {
        friending: { choice: 'former-after-review', text: CLAUSES.friending.choices[1]?.text, locked: true },
        reviews: { choice: 'custom', text: 'We never answer reviews.', locked: true },
        interacting: { choice: 'custom', text: 'Call the office.', locked: false },
        following: { choice: 'professional-only', text: 'Our own words about following.', locked: true },
      },
      rules: { follow: { level: 'block', scope: 'always' } },
      platformRules: { x: { reply: { level: 'reason', scope: 'client' } } },
      platforms: { yelp: false },
      reviewReplyText: 'Thank you.',
      discreet: true,
      logNames: false,
      logRetentionDays: 30,
    });
  });

  it('names a default manager when none is given', () => {
    expect(clean({ discreet: true }).managedBy).toBe('your administrator');
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown setting', { colour: 'blue' }, /^colour: not a Boundary Guard policy setting \(ignored\)$/],
    ['an empty name', { managedBy: '  ' }, /^managedBy: /],
    ['a level that does not exist', { rules: { follow: { level: 'loud', scope: 'always' } } }, /^rules\.follow\.level: /],
    ['an unknown action', { rules: { share: { level: 'block', scope: 'always' } } }, /^rules\.share: unknown; expected one of /],
    ['a rule without its scope', { rules: { reply: { level: 'block' } } }, /^rules\.reply\.scope: /],
    ['an unknown site', { platformRules: { myspace: {} } }, /^platformRules\.myspace: unknown/],
    [
      'a per-site rule with a bad scope',
      { platformRules: { x: { follow: { level: 'block', scope: 'friends' } } } },
      /^platformRules\.x\.follow\.scope: /,
    ],
    ['a site that is not an object', { platformRules: { x: 'block' } }, /^platformRules\.x: expected an object/],
    [
      'a clause choice that does not exist',
      { clauses: { search: { choice: 'sometimes' } } },
      /^clauses\.search\.choice: "sometimes" is not a choice/,
    ],
    ['a clause with neither choice nor text', { clauses: { search: { locked: true } } }, /^clauses\.search: give a "choice" or a "text"/],
    ['a clause text too long', { clauses: { email: { text: 'x'.repeat(2001) } } }, /^clauses\.email\.text: /],
    [
      'a custom clause without text',
      { clauses: { email: { choice: 'custom' } } },
      /^clauses\.email\.text: a "custom" clause needs its text/,
    ],
    ['an unknown clause', { clauses: { dating: { text: 'No.' } } }, /^clauses\.dating: unknown/],
    ['a site switch that is not true or false', { platforms: { x: 'yes' } }, /^platforms\.x: expected true or false/],
    ['discreet mode as text', { discreet: 'yes' }, /^discreet: /],
    ['a retention out of range', { logRetentionDays: 0 }, /^logRetentionDays: /],
    ['a retention that is not whole', { logRetentionDays: 1.5 }, /^logRetentionDays: /],
    ['a practice field that does not exist', { practice: { website: 'x' } }, /^practice\.website: unknown/],
    ['a date that is not a date', { practice: { effectiveDate: 'soon' } }, /^practice\.effectiveDate: /],
    ['practice details that are not an object', { practice: 'Harbor' }, /^practice: expected an object/],
  ])('ignores and reports %s, keeping the rest', (_what, bad, message) => {
    const { policy, problems } = readManagedPolicy({ managedBy: HARBOR, discreet: true, ...bad, logNames: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toMatch(/\(ignored\)$|give a "choice"/);
    // Everything valid beside the bad part is used.
    if (!('discreet' in bad)) expect(policy.discreet).toBe(true);
    expect(policy.logNames).toBe(true);
    expect(policy.managedBy).toBe('managedBy' in bad ? 'your administrator' : HARBOR);
  });

  it('keeps the valid entries of a part beside an invalid one', () => {
    const { policy, problems } = readManagedPolicy({
      rules: { follow: { level: 'block', scope: 'always' }, reply: { level: 'loud', scope: 'always' } },
      clauses: { friending: { choice: 'never' }, search: { choice: 'sometimes' } },
      platformRules: {
        x: { follow: { level: 'block', scope: 'always' }, reply: 7 },
        instagram: { follow: { level: 'off', scope: 'always' } },
      },
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['clauses.search.choice', 'rules.reply.level', 'platformRules.x.reply']);
    expect(policy.rules).toEqual({ follow: { level: 'block', scope: 'always' } });
    expect(Object.keys(policy.clauses ?? {})).toEqual(['friending']);
    expect(policy.platformRules).toEqual({
      x: { follow: { level: 'block', scope: 'always' } },
      instagram: { follow: { level: 'off', scope: 'always' } },
    });
  });

  it('anything at all gives a policy, never an exception, and only valid parts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { policy, problems } = readManagedPolicy(raw);
        expect(typeof policy.managedBy).toBe('string');
        expect(Array.isArray(problems)).toBe(true);
        // Whatever it holds applies to the seed settings and gives valid settings.
        expect(settingsSchema.safeParse(applyManaged(defaultSettings(), policy)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any object of plausible parts gives valid settings once applied', () => {
    const part = fc.constantFrom('clauses', 'rules', 'platformRules', 'platforms', 'practice', 'discreet', 'logRetentionDays', 'x');
    fc.assert(
      fc.property(fc.dictionary(part, fc.jsonValue()), (raw) => {
        const { policy } = readManagedPolicy(raw);
        expect(settingsSchema.safeParse(applyManaged(defaultSettings(), policy)).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyManaged: managed parts over the therapist’s own', () => {
  const local = () => {
    const s = defaultSettings();
    s.clauses.friending = { choice: 'custom', text: 'My own friending words.' };
    s.clauses.interacting = { choice: 'custom', text: 'My own interacting words.' };
    s.rules.follow = { level: 'remind', scope: 'client' };
    s.rules.reply = { level: 'off', scope: 'always' };
    s.platformRules = {
      facebook: { follow: { level: 'off', scope: 'always' }, message: { level: 'reason', scope: 'client' } },
      instagram: { follow: { level: 'confirm', scope: 'always' } },
    };
    s.discreet = false;
    s.practice.therapistName = 'Dr. Ana Ruiz';
    return s;
  };
  const policy = clean({
    managedBy: HARBOR,
    practice: { practiceName: 'Harbor Counseling' },
    clauses: { friending: { text: 'Practice friending words.' }, interacting: { text: 'Practice interacting words.', locked: false } },
    rules: { follow: { level: 'block', scope: 'always' } },
    platformRules: { x: { follow: { level: 'reason', scope: 'client' }, reply: { level: 'confirm', scope: 'always' } } },
    platforms: { instagram: false },
    discreet: true,
    logRetentionDays: 30,
  });

  it('sets what the administrator set, and leaves everything else as the therapist had it', () => {
    const before = JSON.stringify(local());
    const s = local();
    const merged = applyManaged(s, policy);
    expect(JSON.stringify(s)).toBe(before);
    expect(merged.clauses.friending).toEqual({ choice: 'custom', text: 'Practice friending words.' });
    // A clause left open is only offered: the therapist's words stay.
    expect(merged.clauses.interacting).toEqual({ choice: 'custom', text: 'My own interacting words.' });
    expect(merged.rules.follow).toEqual({ level: 'block', scope: 'always' });
    expect(merged.rules.reply).toEqual({ level: 'off', scope: 'always' });
    expect(merged.practice).toEqual({ ...s.practice, practiceName: 'Harbor Counseling' });
    expect(merged.platforms).toEqual({ facebook: true, x: true, instagram: false, yelp: true, google: true, linkedin: true });
    expect(merged.discreet).toBe(true);
    expect(merged.logRetentionDays).toBe(30);
    expect(merged.logNames).toBe(s.logNames);
    expect(merged.reviewReplyText).toBe(s.reviewReplyText);
    expect(settingsSchema.safeParse(merged).success).toBe(true);
  });

  it("a managed rule for every site replaces the therapist's exceptions for that action; other exceptions stay", () => {
    const merged = applyManaged(local(), policy);
    expect(merged.platformRules).toEqual({
      facebook: { message: { level: 'reason', scope: 'client' } },
      x: { follow: { level: 'reason', scope: 'client' }, reply: { level: 'confirm', scope: 'always' } },
    });
  });

  it('decides with the merged settings: the administrator’s levels hold on the sites they name', () => {
    const merged = applyManaged(local(), policy);
    const stranger = { person: null, mentions: [] };
    const follow = (platform: 'facebook' | 'x' | 'instagram' | 'yelp') =>
      decide({ kind: 'follow', platform, control: 'Follow' }, merged, stranger);
    expect(follow('facebook')?.level).toBe('block');
    expect(follow('x')).toBeNull(); // reason, but only for clients
    expect(follow('instagram')).toBeNull(); // the site is switched off
    expect(decide({ kind: 'reply', platform: 'x', control: 'Reply' }, merged, stranger)?.level).toBe('confirm');
    expect(decide({ kind: 'reply', platform: 'facebook', control: 'Reply' }, merged, stranger)).toBeNull();
    expect(decide({ kind: 'connect.accept', platform: 'facebook', control: 'Confirm' }, merged, stranger)?.clause.text).toBe(
      'Practice friending words.',
    );
  });

  it('no policy: the settings as they are (same object)', () => {
    const s = local();
    expect(applyManaged(s, null)).toBe(s);
    expect(applyManaged(s, { managedBy: HARBOR })).toEqual(s);
  });

  it('tells which parts are locked', () => {
    expect(clauseLocked(policy, 'friending')).toBe(true);
    expect(clauseLocked(policy, 'interacting')).toBe(false);
    expect(offeredClause(policy, 'interacting')?.text).toBe('Practice interacting words.');
    expect(offeredClause(policy, 'friending')).toBeNull();
    expect(clauseLocked(policy, 'search')).toBe(false);
    expect(ruleLocked(policy, 'follow')).toBe(true);
    expect(ruleLocked(policy, 'reply')).toBe(false);
    // A managed rule for every site locks that action on every site; a managed exception only its own site.
    expect(exceptionLocked(policy, 'yelp', 'follow')).toBe(true);
    expect(exceptionLocked(policy, 'x', 'reply')).toBe(true);
    expect(exceptionLocked(policy, 'facebook', 'reply')).toBe(false);
    expect(platformLocked(policy, 'instagram')).toBe(true);
    expect(platformLocked(policy, 'x')).toBe(false);
    expect(practiceLocked(policy, 'practiceName')).toBe(true);
    expect(practiceLocked(policy, 'therapistName')).toBe(false);
    expect(settingLocked(policy, 'discreet')).toBe(true);
    expect(settingLocked(policy, 'logNames')).toBe(false);
    expect(managesAnything(policy)).toBe(true);
    expect(managesAnything({ managedBy: HARBOR })).toBe(false);
    expect(managesAnything({ managedBy: HARBOR, rules: {} })).toBe(false);
    expect(managesAnything(null)).toBe(false);
  });

  it('the popup lists the levels in force on a site, marking the ones set for that site', () => {
    const merged = applyManaged(local(), policy);
    expect(guardedRules(merged, 'x').map((r) => `${r.key}:${r.level}:${r.siteOnly}`)).toEqual([
      'connect.accept:confirm:false',
      'follow:reason:true',
      'follow.back:confirm:false',
      'reply:confirm:true',
      'message:confirm:false',
      'post:confirm:false',
      'care:confirm:false',
      'care.message:confirm:false',
      'marketing:confirm:false',
    ]);
  });

  it('says which parts of an imported file the managed policy holds', () => {
    const file = local();
    file.discreet = false;
    file.clauses.search = { choice: 'custom', text: 'A file’s own words.' };
    expect(heldByManaged(file, policy)).toEqual([
      'Practice name',
      'Policy clause “Friending”',
      'Following someone',
      'Following someone on Facebook',
      'Following someone on X',
      'Replying or commenting on X',
      'Following someone on Instagram',
      'Instagram',
      'Discreet mode',
      'Log kept for',
    ]);
    expect(heldByManaged(file, null)).toEqual([]);
  });
});

describe('managed storage, synced by the background into storage.local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const area = (value: unknown) => ({ get: async () => value as Record<string, unknown> });
  const failing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };

  it('reads nothing when there is no policy (Firefox rejects the read then)', async () => {
    expect(await readManagedStorage(failing)).toEqual({});
    expect(await readManagedStorage(area(undefined))).toEqual({});
    expect(managedStateOf({})).toBeNull();
  });

  it('stores the checked policy and its problems, removes it when the policy goes, and writes only on change', async () => {
    const raw = { managedBy: HARBOR, discreet: true, rules: { follow: { level: 'loud', scope: 'always' } } };
    const state = await syncManagedPolicy(area(raw));
    expect(state?.policy).toEqual({ managedBy: HARBOR, discreet: true });
    expect(state?.problems).toEqual([expect.stringMatching(/^rules\.follow\.level: /)]);
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.managed))[STORAGE_KEYS.managed]).toEqual(state);

    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => {
      writes += 1;
    });
    await syncManagedPolicy(area(raw));
    expect(writes).toBe(0);

    await syncManagedPolicy(area({}));
    expect(await fakeBrowser.storage.local.get(STORAGE_KEYS.managed)).toEqual({});
    expect(writes).toBe(1);
  });

  it('a policy with only a name sets nothing and is not stored', async () => {
    expect(await syncManagedPolicy(area({ managedBy: HARBOR }))).toBeNull();
    expect(await fakeBrowser.storage.local.get(STORAGE_KEYS.managed)).toEqual({});
  });

  it('a policy that is all invalid is stored for its problems, and locks nothing', async () => {
    const state = await syncManagedPolicy(area({ managedBy: HARBOR, discreet: 'yes' }));
    expect(state?.problems).toHaveLength(1);
    expect(managesAnything(state?.policy ?? null)).toBe(false);
  });

  it('pages and the background read the settings in force: local with the managed parts over them', async () => {
    const local = defaultSettings();
    local.discreet = false;
    local.logRetentionDays = 365;
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: local });
    expect((await loadEffectiveSettings()).logRetentionDays).toBe(365);
    await syncManagedPolicy(area({ managedBy: HARBOR, logRetentionDays: 30, discreet: true }));
    const effective = await loadEffectiveSettings();
    expect(effective).toEqual({ ...local, logRetentionDays: 30, discreet: true });
    // The therapist's own values stay stored underneath.
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings]).toEqual(local);
  });
});
