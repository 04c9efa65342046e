import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, CLAUSE_IDS, CONTENT_RULE_KEYS, LEVELS, PLATFORMS, RULE_KEYS, SCOPES } from '../../src/core/vocabulary';
import { CONTENT_CATEGORIES } from '../../src/policy/content-checks/categories';
import { defaultSettings, V5_PLATFORMS, withContentChecks, withNewSites } from '../../src/policy/defaults';
import { parseSettingsFile, SETTINGS_FILE_FORMAT, settingsFile } from '../../src/policy/migrations';
import { type Settings, settingsSchema } from '../../src/policy/schema';

/** Any text up to `max` UTF-16 units, lone surrogates and control characters included. */
const text = (max: number) => fc.string({ unit: 'binary', maxLength: max }).map((s) => s.slice(0, max));

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function recordOf<K extends string, V>(keys: readonly K[], value: fc.Arbitrary<V>): fc.Arbitrary<Record<K, V>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, value]))) as unknown as fc.Arbitrary<Record<K, V>>;
}

const ruleArb = fc.record({ level: fc.constantFrom(...LEVELS), scope: fc.constantFrom(...SCOPES) });

/** Every valid settings object, built from the vocabulary. */
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(5 as const),
  practice: fc.record({
    practiceName: text(200),
    therapistName: text(200),
    contact: text(500),
    effectiveDate: fc.oneof(fc.constant(''), isoDate),
  }),
  clauses: recordOf(CLAUSE_IDS, fc.record({ choice: text(60), text: text(2000) })),
  rules: recordOf(RULE_KEYS, ruleArb),
  platformRules: fc.dictionary(fc.constantFrom(...PLATFORMS), fc.dictionary(fc.constantFrom(...RULE_KEYS), ruleArb)),
  platforms: recordOf(PLATFORMS, fc.boolean()),
  contentChecks: fc.record({
    categories: recordOf(CONTENT_CATEGORIES, fc.boolean()),
    phrases: fc.record({
      care: fc.array(
        fc.string({ minLength: 1, maxLength: 100 }).filter((p) => p.trim() === p && p.length > 0),
        { maxLength: 5 },
      ),
      marketing: fc.array(
        fc.string({ minLength: 1, maxLength: 100 }).filter((p) => p.trim() === p && p.length > 0),
        { maxLength: 5 },
      ),
    }),
  }),
  reviewReplyText: text(2000),
  discreet: fc.boolean(),
  logNames: fc.boolean(),
  logRetentionDays: fc.integer({ min: 1, max: 3650 }),
});

/** The clauses that versions 1 to 3 had (Marketing came with version 4). */
const V1_CLAUSES = CLAUSE_IDS.filter((id) => id !== 'marketing');

/** The sites versions 1 to 4 had (Google and LinkedIn came with version 5). */
const V1_PLATFORMS = PLATFORMS.filter((p) => !(V5_PLATFORMS as readonly string[]).includes(p));
const oldSitesOnly = <T extends object>(r: T): Omit<T, (typeof V5_PLATFORMS)[number]> =>
  Object.fromEntries(Object.entries(r).filter(([p]) => (V1_PLATFORMS as readonly string[]).includes(p))) as Omit<
    T,
    (typeof V5_PLATFORMS)[number]
  >;

/** Settings as a version 4 file had them: neither Google nor LinkedIn, in `platforms` or among the exceptions. */
function asV4(s: Settings) {
  return { ...s, version: 4 as const, platforms: oldSitesOnly(s.platforms), platformRules: oldSitesOnly(s.platformRules) };
}

/** Settings as a version 3 file had them: version 4 without content checks, Marketing clause or content rules anywhere. */
function asV3(s: Settings) {
  const { contentChecks: _checks, clauses, rules, platformRules, ...rest } = asV4(s);
  const { marketing: _marketing, ...oldClauses } = clauses;
  const notContent = <T extends object>(r: T) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !(CONTENT_RULE_KEYS as readonly string[]).includes(k)));
  const oldSites = Object.fromEntries(
    Object.entries(platformRules)
      .map(([p, site]) => [p, notContent(site ?? {})] as const)
      .filter(([, site]) => Object.keys(site).length > 0),
  );
  return { ...rest, version: 3 as const, clauses: oldClauses, rules: notContent(rules) as never, platformRules: oldSites };
}

/** Every leaf field of a settings object, as a path. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

function expectWellFormed(result: ReturnType<typeof parseSettingsFile>): void {
  if (result.ok) expect(settingsSchema.safeParse(result.value).success).toBe(true);
  else {
    expect(typeof result.error).toBe('string');
    expect(result.error.length).toBeGreaterThan(0);
  }
}

describe('settings files, property-based', () => {
  it('the arbitrary builds only valid settings (so the round-trip below means something)', () => {
    fc.assert(fc.property(settingsArb, (s) => settingsSchema.safeParse(s).success));
  });

  it('settingsFile(s) reads back as s, for any valid settings', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const result = parseSettingsFile(settingsFile(s));
        expect(result).toEqual({ ok: true, value: s });
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all gives a result and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (t) => {
        expectWellFormed(parseSettingsFile(t));
      }),
    );
  });

  it('any JSON value gives a result and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseSettingsFile(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('any JSON object that claims to be a settings file of some version gives a result and never throws', () => {
    const body = fc.dictionary(fc.constantFrom('levels', 'clientOnly', 'policyText', 'sites', 'discreet', 'rules', 'x'), fc.jsonValue());
    fc.assert(
      fc.property(body, fc.oneof(fc.constantFrom(1, 2, 3), fc.jsonValue()), (b, version) => {
        expectWellFormed(parseSettingsFile(JSON.stringify({ ...b, format: SETTINGS_FILE_FORMAT, version })));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid file with one field replaced by any JSON value is accepted only if still valid, else rejected naming that field', () => {
    const paths = leafPaths(defaultSettings()).filter((p) => p[0] !== 'version');
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...paths), fc.jsonValue(), (s, path, value) => {
        const file = JSON.parse(settingsFile(s)) as Record<string, unknown>;
        let node = file;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path[path.length - 1] as string] = value;
        const result = parseSettingsFile(JSON.stringify(file));
        const { format: _format, ...body } = file;
        const valid = settingsSchema.safeParse(body).success;
        expect(result.ok).toBe(valid);
        if (!result.ok) expect(result.error).toContain(`${path.join('.')}:`);
      }),
      { numRuns: 500 },
    );
  });

  it('any valid v2 file migrates to the same settings, with no per-site exceptions and the standard content checks', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const { platformRules: _exceptions, ...v2 } = { ...asV3(s), version: 2 };
        const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...v2 }));
        expect(result).toEqual({ ok: true, value: withNewSites(withContentChecks({ ...v2, version: 3, platformRules: {} })) });
      }),
      { numRuns: 200 },
    );
  });

  it('any valid v4 file migrates keeping every part, with Google and LinkedIn guarded', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const v4 = asV4(s);
        const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...v4 }));
        if (!result.ok) expect.fail(result.error);
        expect(result.value).toEqual({ ...v4, version: 5, platforms: { ...v4.platforms, google: true, linkedin: true } });
      }),
      { numRuns: 200 },
    );
  });

  it('any valid v3 file migrates keeping every part, with the standard content checks and the stock Marketing clause', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const v3 = asV3(s);
        const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...v3 }));
        if (!result.ok) expect.fail(result.error);
        const d = defaultSettings();
        const { marketing, ...clauses } = result.value.clauses;
        expect(clauses).toEqual(v3.clauses);
        expect(marketing).toEqual(d.clauses.marketing);
        for (const key of CONTENT_RULE_KEYS) expect(result.value.rules[key]).toEqual(d.rules[key]);
        expect(result.value.contentChecks).toEqual(d.contentChecks);
        expect(result.value.platformRules).toEqual(v3.platformRules);
        expect(result.value.version).toBe(5);
      }),
      { numRuns: 200 },
    );
  });

  it('a v3 file with a part of version 4 is rejected naming it', () => {
    const v3 = { ...asV3(defaultSettings()), contentChecks: defaultSettings().contentChecks };
    const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, ...v3 }));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain('contentChecks');
  });

  it('any valid v1 file migrates to valid settings that keep its levels, sites and custom texts', () => {
    const v1 = fc.record({
      levels: fc.dictionary(fc.constantFrom(...ACTION_KINDS), fc.constantFrom(...LEVELS)),
      clientOnly: fc.uniqueArray(fc.constantFrom(...ACTION_KINDS)),
      policyText: fc.dictionary(fc.constantFrom(...V1_CLAUSES), text(2000)),
      sites: fc.uniqueArray(fc.constantFrom(...V1_PLATFORMS)),
      discreet: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(v1, (old) => {
        const result = parseSettingsFile(JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, ...old }));
        if (!result.ok) expect.fail(result.error);
        const s = result.value;
        for (const kind of ACTION_KINDS) {
          const level = old.levels[kind];
          if (level) expect(s.rules[kind]).toEqual({ level, scope: old.clientOnly.includes(kind) ? 'client' : 'always' });
        }
        if (old.levels.follow) expect(s.rules['follow.back']).toEqual({ level: old.levels.follow, scope: 'always' });
        for (const id of V1_CLAUSES) {
          const t = old.policyText[id];
          if (t !== undefined) expect(s.clauses[id]).toEqual({ choice: 'custom', text: t });
        }
        for (const p of PLATFORMS) expect(s.platforms[p]).toBe(old.sites.includes(p) || !V1_PLATFORMS.includes(p));
        expect(s.discreet).toBe(old.discreet ?? false);
      }),
      { numRuns: 300 },
    );
  });
});
