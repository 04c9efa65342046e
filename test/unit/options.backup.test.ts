import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/clients/types';
import { defaultSettings } from '../../src/policy/defaults';
import { parseSettingsFile, settingsFile } from '../../src/policy/migrations';
import { backupFile, describeChanges, parseBackupFile } from '../../src/ui/options/backup';

const clients: Client[] = [
  { id: 'a', name: 'María José Pérez', aliases: ['Majo'], handles: { facebook: 'id:100001234567890', x: 'mariap', yelp: 'maria p' } },
  { id: 'b', name: 'Jo Lin', aliases: [], handles: { instagram: 'jo.lin' } },
];

/** A rejection as the options page shows it: each problem with its path, or the file's error. */
function said(parsed: Extract<ReturnType<typeof parseBackupFile>, { ok: false }>): string {
  return parsed.problems.length ? parsed.problems.map((p) => `${p.text} (${p.path})`).join('\n') : parsed.error;
}

let n = 0;
const ids = () => `new-${++n}`;

function edited() {
  const s = defaultSettings();
  s.practice.practiceName = 'Harbor Counseling';
  s.clauses.reviews = { choice: 'custom', text: 'No replies to reviews, ever.' };
  s.rules.follow = { level: 'block', scope: 'always' };
  s.discreet = true;
  return s;
}

describe('settings file with or without the client list', () => {
  it('round-trips the settings alone', () => {
    const parsed = parseBackupFile(backupFile(edited(), null), ids);
    expect(parsed).toEqual({ ok: true, value: { settings: edited(), clients: null } });
  });

  it('round-trips settings and clients, ids included', () => {
    const text = backupFile(edited(), clients);
    expect(JSON.parse(text).format).toBe('boundary-guard.settings');
    const parsed = parseBackupFile(text, ids);
    expect(parsed).toEqual({ ok: true, value: { settings: edited(), clients } });
  });

  it('reads a plain settings file (as settingsFile writes it)', () => {
    const parsed = parseBackupFile(settingsFile(edited()), ids);
    expect(parsed.ok && parsed.value.clients).toBe(null);
  });

  it('migrates a version 1 file', () => {
    const parsed = parseBackupFile(readFileSync('test/fixtures/settings/v1.json', 'utf8'), ids);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.settings.version).toBe(5);
    expect(parsed.value.settings.rules['connect.accept'].level).toBe('block');
    expect(parsed.value.settings.platformRules).toEqual({});
    expect(parsed.value.settings.discreet).toBe(true);
  });

  it.each(['v1.json', 'v2.json', 'v3.json', 'v4.json', 'v5.json'])('reads %s to the same settings as parseSettingsFile', (name) => {
    const text = readFileSync(`test/fixtures/settings/${name}`, 'utf8');
    const plain = parseSettingsFile(text);
    if (!plain.ok) throw new Error(plain.error);
    expect(parseBackupFile(text, ids)).toEqual({ ok: true, value: { settings: plain.value, clients: null } });
    expect(plain.value.version).toBe(5);
  });

  it('exports version 5 with the per-site exceptions', () => {
    const s = edited();
    s.platformRules = { x: { follow: { level: 'block', scope: 'always' } } };
    const json = JSON.parse(backupFile(s, null));
    expect(json.version).toBe(5);
    expect(json.platformRules).toEqual({ x: { follow: { level: 'block', scope: 'always' } } });
    expect(parseBackupFile(backupFile(s, clients), ids)).toEqual({ ok: true, value: { settings: s, clients } });
  });

  it.each([
    ['not JSON', '{"format": ', /^Not a valid JSON file/],
    ['an array', '[]', /must be a JSON object/],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 2 }),
      /^This is not a Boundary Guard settings file: it does not say "format": "boundary-guard\.settings" at its top\..* \(format\)$/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: 'boundary-guard.settings', version: 9 }),
      /^This file comes from a newer Boundary Guard \(settings version 9; this one reads up to version 5\)\. .* \(version\)$/,
    ],
    [
      'an invalid level',
      JSON.stringify({
        ...JSON.parse(settingsFile(defaultSettings())),
        rules: { ...defaultSettings().rules, follow: { level: 'loud', scope: 'always' } },
      }),
      /^Following someone: should be one of: Off \("off"\), Remind \("remind"\), .*Block \("block"\)\. \(rules\.follow\.level\)$/m,
    ],
    [
      'an invalid per-site level',
      JSON.stringify({
        ...JSON.parse(settingsFile(defaultSettings())),
        platformRules: { x: { follow: { level: 'loud', scope: 'always' } } },
      }),
      /^Following someone on X: should be one of: Off \("off"\).* \(platformRules\.x\.follow\.level\)$/m,
    ],
    [
      'a site that does not exist',
      JSON.stringify({ ...JSON.parse(settingsFile(defaultSettings())), platformRules: { myspace: {} } }),
      /^Your levels for single sites: has something this version of Boundary Guard does not know: "myspace"\. \(platformRules\)$/m,
    ],
    [
      'clients that are not a list',
      backupFile(defaultSettings(), null).replace('"version": 5', '"clients": {}, "version": 5'),
      /^The client list: should be a list, in \[ \]\. \(clients\)$/,
    ],
  ])('rejects %s, naming the field', (_what, text, message) => {
    const parsed = parseBackupFile(text, ids);
    expect(parsed.ok).toBe(false);
    // What the options page shows: each problem in plain words, then its field's path (or the file's error).
    if (!parsed.ok) expect(said(parsed)).toMatch(message);
  });

  it('names the client and field of a bad client', () => {
    const bad = (c: unknown) => {
      const text = JSON.stringify({ ...JSON.parse(settingsFile(defaultSettings())), clients: [clients[0], c] });
      const parsed = parseBackupFile(text, ids);
      return parsed.ok ? 'accepted' : said(parsed);
    };
    expect(bad({ name: ' ', aliases: [], handles: {} })).toBe('The name of client 2: should not be empty. (clients.1.name)');
    expect(bad({ name: 'Sam', aliases: [], handles: { x: 'not a handle!' } })).toBe(
      'The X handle of client 2: “not a handle!” is not a handle or profile address. (clients.1.handles.x)',
    );
    expect(bad({ name: 'maria jose PEREZ', aliases: [], handles: {} })).toBe(
      'The name of client 2: “maria jose PEREZ” is already on the list as client 1. (clients.1.name)',
    );
    expect(bad({ name: 'Sam', aliases: [], handles: {}, notes: 'x' })).toBe(
      'Client 2 on the list: has something this version of Boundary Guard does not know: "notes". (clients.1)',
    );
    expect(bad({ name: 'Sam', aliases: [], handles: { myspace: 'sam' } })).toBe(
      'The handles of client 2: has something this version of Boundary Guard does not know: "myspace". (clients.1.handles)',
    );
  });

  it('normalises handles typed into a hand-edited file, and gives missing ids', () => {
    const text = JSON.stringify({
      ...JSON.parse(settingsFile(defaultSettings())),
      clients: [
        { name: 'Sam Lee', aliases: [' Sammy '], handles: { x: '@SamLee', facebook: 'https://www.facebook.com/profile.php?id=42' } },
      ],
    });
    const parsed = parseBackupFile(text, () => 'given');
    expect(parsed.ok && parsed.value.clients).toEqual([
      { id: 'given', name: 'Sam Lee', aliases: ['Sammy'], handles: { x: 'samlee', facebook: 'id:42' } },
    ]);
  });
});

describe('describeChanges', () => {
  it('lists each change in words, and nothing for the same settings', () => {
    expect(describeChanges(defaultSettings(), defaultSettings())).toEqual([]);
    expect(describeChanges(defaultSettings(), edited())).toEqual([
      'Practice name: empty → “Harbor Counseling”',
      'Policy clause “Review sites”: new wording',
      'Following someone: Confirm (Only when a client is involved) → Block (Every time)',
      'Discreet mode: on',
    ]);
  });

  it('lists per-site exceptions added, changed and removed', () => {
    const before = defaultSettings();
    before.platformRules = {
      facebook: { message: { level: 'reason', scope: 'client' } },
      yelp: { message: { level: 'off', scope: 'always' } },
    };
    const after = defaultSettings();
    after.platformRules = {
      x: { follow: { level: 'block', scope: 'always' } },
      facebook: { message: { level: 'block', scope: 'client' } },
    };
    expect(describeChanges(before, after)).toEqual([
      'Sending a direct message on Facebook: Confirm with a reason (Only when a client is involved) → Block (Only when a client is involved)',
      'Following someone on X: as on all sites → Block (Every time)',
      'Sending a direct message on Yelp: Off (Every time) → as on all sites',
    ]);
  });
});
