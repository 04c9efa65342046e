import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS, PLATFORMS, RULE_KEYS } from '../../src/core/vocabulary';
import { CLAUSES } from '../../src/policy/clauses';
import {
  defaultSettings,
  SETTINGS_VERSION,
  type SettingsV3,
  type SettingsV4,
  withContentChecks,
  withNewSites,
} from '../../src/policy/defaults';
import { migrateSettings, parseSettingsFile, SETTINGS_FILE_FORMAT, settingsFile } from '../../src/policy/migrations';
import { type Settings, settingsSchema } from '../../src/policy/schema';
import { SEED_CLAUSES } from '../../src/policy/seed';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/settings', name), 'utf8');

/** The parsed value, or a failed expectation that shows the error. */
function parsed(text: string): Settings {
  const result = parseSettingsFile(text);
  if (!result.ok) expect.fail(`expected the file to parse, got: ${result.error}`);
  return result.value;
}

/** The error, or a failed expectation. */
function rejected(text: string): string {
  const result = parseSettingsFile(text);
  if (result.ok) expect.fail('expected the file to be rejected');
  return result.error;
}

/** A settings file built from the defaults with one change. */
function fileWith(change: (s: Record<string, unknown>) => void): string {
  const s = JSON.parse(settingsFile(defaultSettings())) as Record<string, unknown>;
  change(s);
  return JSON.stringify(s);
}

describe('defaultSettings', () => {
  it('validates against the schema and is the current version', () => {
    const s = defaultSettings();
    expect(settingsSchema.safeParse(s).success).toBe(true);
    expect(s.version).toBe(SETTINGS_VERSION);
  });

  it('guards what the issue asks for, right after install', () => {
    const { rules } = defaultSettings();
    // Accepting or sending a friend/follow request and following back: for anyone.
    expect(rules['connect.accept']).toEqual({ level: 'confirm', scope: 'always' });
    expect(rules['connect.request']).toEqual({ level: 'confirm', scope: 'always' });
    expect(rules['follow.back']).toEqual({ level: 'confirm', scope: 'always' });
    // Following, replying and messaging: only when the other person is a client.
    expect(rules.follow).toEqual({ level: 'confirm', scope: 'client' });
    expect(rules.reply).toEqual({ level: 'confirm', scope: 'client' });
    expect(rules.message).toEqual({ level: 'confirm', scope: 'client' });
    // Posting: only text that names a client.
    expect(rules.post).toEqual({ level: 'confirm', scope: 'client' });
    // Responding to a review: always.
    expect(rules['review.respond']).toEqual({ level: 'confirm', scope: 'always' });
    expect(Object.keys(rules).sort()).toEqual([...RULE_KEYS].sort());
  });

  it('has no per-site exceptions: the same rules on every site', () => {
    expect(defaultSettings().platformRules).toEqual({});
  });

  it('has every platform switched on and every clause at its first stock choice', () => {
    const s = defaultSettings();
    for (const p of PLATFORMS) expect(s.platforms[p]).toBe(true);
    for (const id of CLAUSE_IDS) {
      const first = CLAUSES[id].choices[0];
      expect(s.clauses[id]).toEqual({ choice: first?.id, text: first?.text });
      expect(s.clauses[id].text.length).toBeGreaterThan(20);
    }
    expect(s.discreet).toBe(false);
    expect(s.logNames).toBe(false);
    expect(s.reviewReplyText).toMatch(/privacy/);
  });

  it('returns a fresh object each time (callers may edit it)', () => {
    const a = defaultSettings();
    a.rules.follow.level = 'block';
    a.clauses.friending.text = 'changed';
    expect(defaultSettings().rules.follow.level).toBe('confirm');
    expect(defaultSettings().clauses.friending.text).not.toBe('changed');
  });
});

describe('settings file version 1 (fixture v1.json)', () => {
  const v1 = parsed(fixture('v1.json'));

  it('migrates to the current version and validates', () => {
    expect(v1.version).toBe(5);
    expect(settingsSchema.safeParse(v1).success).toBe(true);
  });

  it('migrates (through version 2) to exactly this, field for field', () => {
    const d = defaultSettings();
    expect(v1).toStrictEqual({
      version: 5,
      practice: { practiceName: '', therapistName: '', contact: '', effectiveDate: '' },
      clauses: {
        friending: { choice: 'custom', text: 'I never accept friend requests from clients, past or present.' },
        following: SEED_CLAUSES.following,
        interacting: SEED_CLAUSES.interacting,
        reviews: { choice: 'custom', text: 'I do not answer reviews — not even “thank you”.' },
        marketing: { choice: SEED_CLAUSES.marketing.choice, text: SEED_CLAUSES.marketing.text },
        search: SEED_CLAUSES.search,
        location: SEED_CLAUSES.location,
        email: { choice: 'custom', text: 'Email is for scheduling only.\nNothing clinical, please.' },
      },
      rules: {
        'connect.accept': { level: 'block', scope: 'always' },
        'connect.request': { level: 'confirm', scope: 'always' },
        follow: { level: 'reason', scope: 'always' },
        'follow.back': { level: 'reason', scope: 'always' },
        reply: { level: 'remind', scope: 'client' },
        message: { level: 'confirm', scope: 'client' },
        'review.respond': { level: 'block', scope: 'always' },
        post: { level: 'off', scope: 'client' },
        care: { level: 'confirm', scope: 'always' },
        'care.message': { level: 'confirm', scope: 'client' },
        marketing: { level: 'confirm', scope: 'always' },
      },
      platformRules: {},
      // The sites v1 knew as it had them; the ones added since (version 5) guarded, as after an install.
      platforms: { facebook: true, x: false, instagram: false, yelp: true, google: true, linkedin: true },
      contentChecks: d.contentChecks,
      reviewReplyText: d.reviewReplyText,
      discreet: true,
      logNames: false,
      logRetentionDays: 90,
    });
  });

  it('keeps every level, with client-only kinds as scope "client"', () => {
    expect(v1.rules['connect.accept']).toEqual({ level: 'block', scope: 'always' });
    expect(v1.rules['connect.request']).toEqual({ level: 'confirm', scope: 'always' });
    expect(v1.rules.follow).toEqual({ level: 'reason', scope: 'always' });
    expect(v1.rules.reply).toEqual({ level: 'remind', scope: 'client' });
    expect(v1.rules.message).toEqual({ level: 'confirm', scope: 'client' });
    expect(v1.rules['review.respond']).toEqual({ level: 'block', scope: 'always' });
    expect(v1.rules.post).toEqual({ level: 'off', scope: 'client' });
  });

  it('gives "follow back" the level v1 used for follows, for anyone', () => {
    expect(v1.rules['follow.back']).toEqual({ level: 'reason', scope: 'always' });
  });

  it('keeps custom clause texts word for word and the seed text elsewhere', () => {
    expect(v1.clauses.friending).toEqual({ choice: 'custom', text: 'I never accept friend requests from clients, past or present.' });
    expect(v1.clauses.reviews).toEqual({ choice: 'custom', text: 'I do not answer reviews — not even “thank you”.' });
    expect(v1.clauses.email).toEqual({ choice: 'custom', text: 'Email is for scheduling only.\nNothing clinical, please.' });
    expect(v1.clauses.following).toEqual(defaultSettings().clauses.following);
    expect(v1.clauses.search).toEqual(defaultSettings().clauses.search);
  });

  it('keeps the enabled sites and discreet mode', () => {
    expect(v1.platforms).toEqual({ facebook: true, x: false, instagram: false, yelp: true, google: true, linkedin: true });
    expect(v1.discreet).toBe(true);
  });

  it('fills what v1 did not have from the defaults', () => {
    const d = defaultSettings();
    expect(v1.practice).toEqual(d.practice);
    expect(v1.reviewReplyText).toBe(d.reviewReplyText);
    expect(v1.logNames).toBe(d.logNames);
    expect(v1.logRetentionDays).toBe(d.logRetentionDays);
  });

  it('leaves kinds v1 did not mention at their defaults, and a follow without level leaves follow back alone', () => {
    const partial = parsed(
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, levels: { reply: 'block' }, clientOnly: [], policyText: {}, sites: [] }),
    );
    const d = defaultSettings();
    expect(partial.rules.reply).toEqual({ level: 'block', scope: 'always' });
    expect(partial.rules.follow).toEqual(d.rules.follow);
    expect(partial.rules['follow.back']).toEqual(d.rules['follow.back']);
    expect(partial.discreet).toBe(false);
    // No site of v1's on; the sites added since v1 (version 5) are guarded, as after an install.
    for (const p of PLATFORMS) expect(partial.platforms[p]).toBe(p === 'google' || p === 'linkedin');
  });

  it('migrates stored v1 settings without the "format" field too', () => {
    const { format: _format, ...stored } = JSON.parse(fixture('v1.json')) as Record<string, unknown>;
    const result = migrateSettings(stored);
    expect(result).toEqual({ ok: true, value: v1 });
  });

  it('round-trips: the migrated settings written out read back the same', () => {
    expect(parsed(settingsFile(v1))).toEqual(v1);
  });

  it('rejects a v1 file with a wrong field, naming it', () => {
    const bad = JSON.parse(fixture('v1.json')) as { levels: Record<string, unknown>; sites: unknown[] };
    bad.levels.follow = 'sometimes';
    expect(rejected(JSON.stringify(bad))).toContain('levels.follow');
    const badSite = JSON.parse(fixture('v1.json')) as { sites: unknown[] };
    badSite.sites = ['facebook', 'myspace'];
    expect(rejected(JSON.stringify(badSite))).toContain('sites.1');
  });
});

describe('settings file version 2 (fixture v2.json)', () => {
  const v2 = parsed(fixture('v2.json'));
  const { format, ...body } = JSON.parse(fixture('v2.json')) as Record<string, unknown>;

  it('migrates to exactly the same settings, with no per-site exceptions and the standard content checks', () => {
    expect(format).toBe(SETTINGS_FILE_FORMAT);
    expect(v2).toStrictEqual(
      withNewSites(withContentChecks({ ...(body as Omit<SettingsV3, 'version' | 'platformRules'>), version: 3, platformRules: {} })),
    );
    expect(v2.practice.therapistName).toBe('Dana Whitfield, LCSW');
    expect(v2.rules['follow.back']).toEqual({ level: 'reason', scope: 'always' });
    expect(v2.platforms.x).toBe(false);
  });

  it('migrates stored v2 settings (no "format") the same way', () => {
    expect(migrateSettings(body)).toEqual({ ok: true, value: v2 });
  });

  it('round-trips through settingsFile, which writes the current version', () => {
    const text = settingsFile(v2);
    expect(JSON.parse(text).format).toBe(SETTINGS_FILE_FORMAT);
    expect(JSON.parse(text).version).toBe(5);
    expect(text.endsWith('\n')).toBe(true);
    expect(parsed(text)).toEqual(v2);
  });

  it('does not keep the "format" field in the settings', () => {
    expect(v2).not.toHaveProperty('format');
  });

  it('is read as version 2: per-site exceptions in a v2 file are an unknown field, named', () => {
    const withExceptions = { ...JSON.parse(fixture('v2.json')), platformRules: {} };
    expect(rejected(JSON.stringify(withExceptions))).toMatch(/^\(top level\): .*platformRules/);
  });

  it('rejects a v2 file with a wrong field, naming it', () => {
    const bad = JSON.parse(fixture('v2.json')) as { rules: Record<string, unknown> };
    bad.rules.reply = { level: 'loud', scope: 'client' };
    expect(rejected(JSON.stringify(bad))).toMatch(/^rules\.reply\.level: /);
  });
});

describe('settings file version 3 (fixture v3.json)', () => {
  const v3 = parsed(fixture('v3.json'));
  const { format: _format, ...body } = JSON.parse(fixture('v3.json')) as Record<string, unknown>;

  it('keeps every field as written, exceptions included, and gains the standard content checks', () => {
    expect(v3).toStrictEqual(withNewSites(withContentChecks(body as unknown as SettingsV3)));
    expect(v3.contentChecks).toEqual(defaultSettings().contentChecks);
    expect(v3.rules.care).toEqual({ level: 'confirm', scope: 'always' });
    expect(v3.rules['care.message']).toEqual({ level: 'confirm', scope: 'client' });
    expect(v3.rules.marketing).toEqual({ level: 'confirm', scope: 'always' });
    expect(v3.clauses.marketing.choice).toBe('no-solicit');
    expect(v3.platformRules).toEqual({
      x: { follow: { level: 'block', scope: 'always' }, 'follow.back': { level: 'block', scope: 'always' } },
      facebook: { message: { level: 'reason', scope: 'client' } },
      yelp: { 'review.respond': { level: 'block', scope: 'always' } },
    });
  });

  it('round-trips through settingsFile', () => {
    expect(parsed(settingsFile(v3))).toStrictEqual(v3);
  });

  it('is read as version 3: content checks in a v3 file are an unknown field, named', () => {
    const withChecks = { ...JSON.parse(fixture('v3.json')), contentChecks: defaultSettings().contentChecks };
    expect(rejected(JSON.stringify(withChecks))).toMatch(/^\(top level\): .*contentChecks/);
  });
});

describe('settings file version 4 (fixture v4.json)', () => {
  const v4 = parsed(fixture('v4.json'));
  const { format: _format, ...body } = JSON.parse(fixture('v4.json')) as Record<string, unknown>;

  it('reads every field as written: content rules, the Marketing clause, categories and own phrases', () => {
    expect(v4).toStrictEqual(withNewSites(body as unknown as SettingsV4));
    expect(v4.contentChecks.categories.logistics).toBe(false);
    expect(v4.contentChecks.phrases.care).toEqual(['Harbor Counseling client', 'my Tuesday group']);
    expect(v4.platformRules.facebook?.marketing).toEqual({ level: 'confirm', scope: 'always' });
  });

  it('round-trips through settingsFile', () => {
    expect(parsed(settingsFile(v4))).toStrictEqual(v4);
  });

  it('gains Google and LinkedIn, guarded, and keeps the sites it had as they were', () => {
    expect(body.version).toBe(4);
    expect(v4.version).toBe(SETTINGS_VERSION);
    expect(v4.platforms).toEqual({ ...(body.platforms as object), google: true, linkedin: true });
    expect(v4.platformRules).toStrictEqual(body.platformRules);
  });

  it('is read as version 4: a v4 file that names Google is an unknown field, named', () => {
    const withGoogle = JSON.parse(fixture('v4.json')) as { platforms: Record<string, boolean> };
    withGoogle.platforms.google = false;
    expect(rejected(JSON.stringify(withGoogle))).toMatch(/^platforms: .*google/);
  });
});

describe('settings file version 5 (fixture v5.json)', () => {
  const v5 = parsed(fixture('v5.json'));
  const { format: _format, ...body } = JSON.parse(fixture('v5.json')) as Record<string, unknown>;

  it('reads every field as written: content rules, the Marketing clause, categories and own phrases, the new sites', () => {
    expect(v5).toStrictEqual(body);
    expect(v5.platforms.linkedin).toBe(false);
    expect(v5.platformRules.google?.['review.respond']).toEqual({ level: 'block', scope: 'always' });
    expect(v5.contentChecks.categories.logistics).toBe(false);
    expect(v5.contentChecks.phrases.care).toEqual(['Harbor Counseling client', 'my Tuesday group']);
    expect(v5.platformRules.facebook?.marketing).toEqual({ level: 'confirm', scope: 'always' });
  });

  it('round-trips through settingsFile', () => {
    expect(parsed(settingsFile(v5))).toStrictEqual(v5);
  });

  it('is the current version', () => {
    expect(v5.version).toBe(SETTINGS_VERSION);
    expect(SETTINGS_VERSION).toBe(5);
  });

  it('rejects an own phrase that is empty or too long, or an unknown category, naming it', () => {
    type File = { contentChecks: { phrases: Record<string, string[]>; categories: Record<string, boolean> } };
    const with_ = (edit: (s: File) => void) => {
      const s = JSON.parse(fixture('v5.json')) as File;
      edit(s);
      return rejected(JSON.stringify(s));
    };
    expect(with_((s) => (s.contentChecks.phrases.care = ['  ']))).toMatch(/^contentChecks\.phrases\.care\.0: /);
    expect(with_((s) => (s.contentChecks.phrases.marketing = ['x'.repeat(101)]))).toMatch(/^contentChecks\.phrases\.marketing\.0: /);
    expect(with_((s) => (s.contentChecks.categories.gossip = true))).toMatch(/^contentChecks\.categories: /);
  });
});

describe('parseSettingsFile rejects, naming the problem', () => {
  it('text that is not JSON', () => {
    expect(rejected('hello')).toMatch(/not a valid JSON file/i);
    expect(rejected('')).toMatch(/JSON/);
  });

  it('a truncated file', () => {
    const text = fixture('v2.json');
    expect(rejected(text.slice(0, Math.floor(text.length / 2)))).toMatch(/JSON/);
    expect(rejected(text.slice(0, -3))).toMatch(/JSON/);
  });

  it('JSON that is not an object', () => {
    for (const text of ['null', '[]', '42', '"settings"', 'true']) expect(rejected(text)).toMatch(/object/);
  });

  it('a wrong or missing "format"', () => {
    expect(rejected(fileWith((s) => delete s.format))).toMatch(/^format: .*found nothing/);
    expect(rejected(fileWith((s) => (s.format = 'ublock.settings')))).toMatch(/^format: .*"ublock\.settings"/);
    expect(rejected(fileWith((s) => (s.format = 7)))).toMatch(/^format:/);
  });

  it('a missing or non-integer "version"', () => {
    expect(rejected(fileWith((s) => delete s.version))).toMatch(/^version:/);
    expect(rejected(fileWith((s) => (s.version = '2')))).toMatch(/^version:/);
    expect(rejected(fileWith((s) => (s.version = 1.5)))).toMatch(/^version:/);
    expect(rejected(fileWith((s) => (s.version = null)))).toMatch(/^version:/);
  });

  it('a version from the future', () => {
    const error = rejected(fileWith((s) => (s.version = SETTINGS_VERSION + 1)));
    expect(error).toMatch(/^version:/);
    expect(error).toMatch(/newer/);
  });

  it('an unknown version', () => {
    for (const v of [0, -1])
      expect(rejected(fileWith((s) => (s.version = v)))).toMatch(/^version: .*not a Boundary Guard settings version/);
  });

  /** Sets (or with `undefined`, deletes) the value at a dotted path of the default settings file. */
  const withValue = (path: string[], value: unknown) =>
    fileWith((s) => {
      let node = s;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
      const last = path[path.length - 1] as string;
      if (value === undefined) delete node[last];
      else node[last] = value;
    });

  it.each<[string, unknown]>([
    ['rules.follow.level', 'sometimes'],
    ['rules.reply.scope', 'friends'],
    ['rules.post', undefined],
    ['rules.follow.back', 'confirm'],
    ['platforms.x', 1],
    ['platforms.yelp', undefined],
    ['clauses.friending.text', 5],
    ['clauses.reviews.text', 'x'.repeat(2001)],
    ['clauses.search.choice', null],
    ['practice.effectiveDate', 'yesterday'],
    ['practice.effectiveDate', '2026-02-30'],
    ['practice.therapistName', ['Dana']],
    ['discreet', 'yes'],
    ['logNames', undefined],
    ['logRetentionDays', 1.5],
    ['logRetentionDays', 0],
    ['reviewReplyText', null],
    ['practice', 'Lakeside'],
    ['platformRules', []],
    ['platformRules.x', 'block'],
    ['platformRules.x.follow', 'block'],
    ['platformRules.x.follow.level', 'loud'],
    ['platformRules.x.follow.scope', 'friends'],
    ['platformRules.x.follow.level', undefined],
  ])('a wrong %s (%j)', (field, value) => {
    // "rules.follow.back" is the key "follow.back" of "rules".
    const path = field === 'rules.follow.back' ? ['rules', 'follow.back'] : field.split('.');
    if (path[0] === 'platformRules') {
      const error = rejected(
        fileWith((s) => {
          s.platformRules = { x: { follow: { level: 'block', scope: 'always' } } };
          let node = s;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
          if (value === undefined) delete node[path[path.length - 1] as string];
          else node[path[path.length - 1] as string] = value;
        }),
      );
      expect(error).toContain(`${field}:`);
      return;
    }
    const error = rejected(withValue(path, value));
    expect(error).toContain(`${field}:`);
  });

  it('an unknown field, naming it and where it is', () => {
    const top = rejected(fileWith((s) => (s.colour = 'blue')));
    expect(top).toContain('colour');
    const nested = rejected(withValue(['rules', 'share'], { level: 'block', scope: 'always' }));
    expect(nested).toMatch(/^rules: .*share/);
    const site = rejected(withValue(['platformRules'], { myspace: { follow: { level: 'block', scope: 'always' } } }));
    expect(site).toMatch(/^platformRules: .*myspace/);
    const action = rejected(withValue(['platformRules'], { x: { share: { level: 'block', scope: 'always' } } }));
    expect(action).toMatch(/^platformRules\.x: .*share/);
    const extra = rejected(withValue(['platformRules'], { x: { follow: { level: 'block', scope: 'always', why: 'x' } } }));
    expect(extra).toMatch(/^platformRules\.x\.follow: .*why/);
  });

  it('lists several problems, one per line', () => {
    const error = rejected(
      fileWith((s) => {
        s.discreet = 'yes';
        s.logNames = 'no';
      }),
    );
    expect(error.split('\n')).toHaveLength(2);
    expect(error).toContain('discreet:');
    expect(error).toContain('logNames:');
  });
});
