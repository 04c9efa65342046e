import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS, LEVELS, PLATFORMS, RULE_KEYS, SCOPES } from '../../src/core/vocabulary';
import { readManagedPolicy } from '../../src/policy/managed';
import { EXAMPLES_DIR, exampleFiles, examplePolicy, GECKO_ID, type Json } from '../e2e/support/managed';

/**
 * The administrator's examples in docs/managed/ (ADMIN.md) and the schema in
 * the manifest (public/managed-schema.json): the example is a valid policy
 * with nothing ignored, every file that wraps it says the same, and the
 * schema describes exactly the vocabulary the extension knows.
 */

const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as Schema;

interface Schema {
  type?: string;
  id?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  title?: string;
  description?: string;
}

/** Every schema with an "id", for "$ref" (Chrome resolves a reference to an id anywhere in the file). */
function ids(s: Schema, out = new Map<string, Schema>()): Map<string, Schema> {
  if (s.id) out.set(s.id, s);
  for (const child of Object.values(s.properties ?? {})) ids(child, out);
  if (s.items) ids(s.items, out);
  return out;
}
const byId = ids(schema);
const deref = (s: Schema): Schema => (s.$ref ? (byId.get(s.$ref) ?? expect.fail(`no schema with id ${s.$ref}`)) : s);

/**
 * The subset of JSON Schema Chrome validates managed storage with: types,
 * properties (no others allowed), enum, minimum/maximum, items. Returns the
 * paths that do not fit.
 */
function violations(value: Json, s: Schema, path = '(top)'): string[] {
  const schema = deref(s);
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type !== type && !(schema.type === 'number' && type === 'integer')) return [`${path}: ${type}, expected ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: not one of ${schema.enum.join(', ')}`];
  if (typeof value === 'number' && ((schema.minimum ?? -Infinity) > value || (schema.maximum ?? Infinity) < value))
    return [`${path}: out of range`];
  if (Array.isArray(value)) return value.flatMap((v, i) => violations(v, schema.items ?? {}, `${path}.${i}`));
  if (type === 'object') {
    return Object.entries(value as Record<string, Json>).flatMap(([k, v]) => {
      const child = schema.properties?.[k];
      return child ? violations(v, child, `${path}.${k}`) : [`${path}.${k}: not in the schema`];
    });
  }
  return [];
}

/** Every schema node in the file, to check Chrome's own rules for a schema. */
function nodes(s: Schema): Schema[] {
  return [s, ...Object.values(s.properties ?? {}).flatMap(nodes), ...(s.items ? nodes(s.items) : [])];
}

describe('the managed-storage schema (public/managed-schema.json)', () => {
  it("keeps Chrome's rules: an object at the top, no additionalProperties there, each node a type or a $ref", () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const node of nodes(schema)) {
      expect(Number('type' in node) + Number('$ref' in node), JSON.stringify(node).slice(0, 80)).toBe(1);
      if (node.$ref) expect(byId.has(node.$ref)).toBe(true);
    }
  });

  it('names exactly the vocabulary of the extension', () => {
    const props = schema.properties ?? {};
    expect(Object.keys(props).sort()).toEqual(
      [
        'managedBy',
        'practice',
        'clauses',
        'rules',
        'platformRules',
        'platforms',
        'reviewReplyText',
        'discreet',
        'logNames',
        'logRetentionDays',
      ].sort(),
    );
    expect(Object.keys(deref(props.clauses as Schema).properties ?? {})).toEqual([...CLAUSE_IDS]);
    const rules = deref(props.rules as Schema);
    expect(Object.keys(rules.properties ?? {}).sort()).toEqual([...RULE_KEYS].sort());
    const rule = deref(rules.properties?.follow as Schema);
    expect(deref(rule.properties?.level as Schema).enum).toEqual([...LEVELS]);
    expect(deref(rule.properties?.scope as Schema).enum).toEqual([...SCOPES]);
    expect(Object.keys(deref(props.platformRules as Schema).properties ?? {})).toEqual([...PLATFORMS]);
    for (const p of PLATFORMS) expect(deref(deref(props.platformRules as Schema).properties?.[p] as Schema)).toBe(rules);
    expect(Object.keys(deref(props.platforms as Schema).properties ?? {})).toEqual([...PLATFORMS]);
  });

  it('accepts the example policy and refuses what Chrome would drop', () => {
    expect(violations(examplePolicy(), schema)).toEqual([]);
    expect(violations({ rules: { follow: { level: 'loud', scope: 'always' } } }, schema)).toEqual([
      '(top).rules.follow.level: not one of off, remind, confirm, reason, block',
    ]);
    expect(violations({ platformRules: { myspace: {} } }, schema)).toEqual(['(top).platformRules.myspace: not in the schema']);
    expect(violations({ logRetentionDays: 0 }, schema)).toEqual(['(top).logRetentionDays: out of range']);
    expect(violations({ discreet: 'yes' }, schema)).toEqual(['(top).discreet: string, expected boolean']);
  });
});

describe('the example policy (docs/managed/policy.json)', () => {
  it('is read whole, with nothing ignored', () => {
    const { policy, problems } = readManagedPolicy(examplePolicy());
    expect(problems).toEqual([]);
    expect(policy.managedBy).toBe('Harbor Counseling IT');
    expect(policy.clauses?.friending).toMatchObject({ choice: 'former-after-review', locked: true });
    expect(policy.clauses?.interacting?.locked).toBe(false);
    expect(policy.platformRules?.x?.follow).toEqual({ level: 'block', scope: 'always' });
  });

  const files = exampleFiles();
  const update = process.env.BG_UPDATE_EXAMPLES === '1';
  it.each(Object.keys(files))('docs/managed/%s says the same as policy.json', (name) => {
    const path = resolve(EXAMPLES_DIR, name);
    if (update) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, files[name] as string);
    }
    const committed = readFileSync(path, 'utf8');
    expect(committed, `${name} is out of date: BG_UPDATE_EXAMPLES=1 npx vitest run test/unit/managed.examples.test.ts`).toBe(files[name]);
  });

  it('wraps the policy where each browser looks for it', () => {
    const policy = examplePolicy();
    const linux = JSON.parse(files['linux/boundary-guard.json'] as string);
    expect(linux['3rdparty'].extensions.EXTENSION_ID).toEqual(policy);
    const firefox = JSON.parse(files['firefox/policies.json'] as string);
    expect(firefox.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(policy);
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain(`GECKO_ID = '${GECKO_ID}'`);
  });

  it('writes every top-level part into the .reg files, objects as JSON text', () => {
    const policy = examplePolicy();
    for (const name of ['windows/chrome.reg', 'windows/edge.reg']) {
      const reg = files[name] as string;
      const values = new Map(
        [...reg.matchAll(/^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))\r$/gm)].map((m) => [
          m[1],
          m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : Number.parseInt(m[3] as string, 16),
        ]),
      );
      expect([...values.keys()]).toEqual(Object.keys(policy));
      for (const [key, value] of Object.entries(policy)) {
        const read = values.get(key);
        expect(typeof value === 'object' ? JSON.parse(read as string) : read).toEqual(value);
      }
    }
    expect(files['windows/edge.reg']).toContain('\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\EXTENSION_ID\\policy]');
  });

  it('puts the policy in the extension’s preference domain in the macOS profile', () => {
    const profile = files['macos/chrome.mobileconfig'] as string;
    expect(profile).toContain('<string>com.google.Chrome.extensions.EXTENSION_ID</string>');
    expect(profile).toContain('<key>logRetentionDays</key>\n      <integer>180</integer>');
    expect(profile).toContain('<key>locked</key>\n          <true/>');
  });
});
