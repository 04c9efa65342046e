import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClientImport, clientsToCsv, MAX_CLIENTS, parseClientsCsv } from '../../src/clients/csv';
import { normaliseName } from '../../src/clients/normalise';
import type { Client } from '../../src/clients/types';

function imported(text: string, existing: Client[] = []): ClientImport {
  const result = parseClientsCsv(text, existing);
  if (!result.ok) expect.fail(`expected the CSV to be read, got: ${result.error}`);
  return result.value;
}

function refused(text: string): string {
  const result = parseClientsCsv(text);
  if (result.ok) expect.fail('expected the CSV to be refused');
  return result.error;
}

describe('parseClientsCsv: what spreadsheets write', () => {
  it('reads a plain file', () => {
    const { accepted, rejected } = imported(
      'name,aliases,facebook,x,instagram,yelp\nMaría José Pérez,Majo;Maria Perez,maria.perez,@mariajp,maria.jp,Maria P.\n',
    );
    expect(rejected).toEqual([]);
    expect(accepted).toEqual([
      {
        name: 'María José Pérez',
        aliases: ['Majo', 'Maria Perez'],
        handles: { facebook: 'maria.perez', x: 'mariajp', instagram: 'maria.jp', yelp: 'maria p' },
      },
    ]);
  });

  it('ignores a UTF-8 byte-order mark and reads CRLF line endings', () => {
    const { accepted, rejected } = imported('\uFEFFname,x\r\nAnna Berg,@anna\r\nJo Lin,\r\n');
    expect(rejected).toEqual([]);
    expect(accepted.map((c) => c.name)).toEqual(['Anna Berg', 'Jo Lin']);
    expect(accepted[0]?.handles).toEqual({ x: 'anna' });
    expect(accepted[1]?.handles).toEqual({});
  });

  it('reads quoted fields with commas, quotes and newlines', () => {
    const text = 'name,aliases\r\n"Pérez, María José","Majo; ""MJ"" ; Maria\r\nPerez"\r\n"Lee, Sam",\r\n';
    const { accepted, rejected } = imported(text);
    expect(rejected).toEqual([]);
    expect(accepted).toEqual([
      { name: 'Pérez, María José', aliases: ['Majo', '"MJ"', 'Maria\r\nPerez'], handles: {} },
      { name: 'Lee, Sam', aliases: [], handles: {} },
    ]);
  });

  it('reads columns in any order and header case, and ignores other columns', () => {
    const { accepted } = imported(
      '  X ,Notes,NAME,Facebook,ALIASES\n@jo,"private, do not share",Jo Lin,https://www.facebook.com/profile.php?id=42,JL\n',
    );
    expect(accepted).toEqual([{ name: 'Jo Lin', aliases: ['JL'], handles: { x: 'jo', facebook: 'id:42' } }]);
  });

  it('reads Facebook handles in every form the design lists', () => {
    const { accepted, rejected } = imported(
      [
        'name,facebook',
        'A One,https://www.facebook.com/profile.php?id=100001234567890',
        'B Two,facebook.com/b.two',
        'C Three,@c.three',
        'D Four,/friends/requests/?profile_id=100009876543210',
        'E Five,profile.php?id=555',
      ].join('\r\n'),
    );
    expect(rejected).toEqual([]);
    expect(accepted.map((c) => c.handles.facebook)).toEqual(['id:100001234567890', 'b.two', 'c.three', 'id:100009876543210', 'id:555']);
  });

  it('splits aliases on ";" and drops empty ones', () => {
    expect(imported('name,aliases\nAnna Berg, Annie ;; A.B.;  \n').accepted[0]?.aliases).toEqual(['Annie', 'A.B.']);
  });

  it('skips blank lines but numbers rows as a spreadsheet does', () => {
    const { accepted, rejected } = imported('name,x\n\nAnna Berg,anna\n , \n,@nobody\n');
    expect(accepted.map((c) => c.name)).toEqual(['Anna Berg']);
    expect(rejected).toEqual([{ line: 5, name: '', reason: 'empty name' }]);
  });

  it('numbers rows after a quoted field with a newline as a spreadsheet does', () => {
    const { rejected } = imported('name,aliases\n"Anna Berg","A\nB"\n,x\n');
    expect(rejected).toEqual([{ line: 3, name: '', reason: 'empty name' }]);
  });
});

describe('parseClientsCsv: rejected rows, with reasons', () => {
  it('an empty name', () => {
    const { rejected } = imported('name,x\n  ,@someone\n');
    expect(rejected).toEqual([{ line: 2, name: '', reason: 'empty name' }]);
  });

  it('a name with no letters or digits', () => {
    expect(imported('name\n"..."\n').rejected[0]?.reason).toMatch(/no letters or digits/);
  });

  it('a name that is too long', () => {
    expect(imported(`name\n${'a'.repeat(201)}\n`).rejected[0]?.reason).toMatch(/longer than 200/);
  });

  it('a duplicate within the file, however it is written', () => {
    const { accepted, rejected } = imported('name\nMaría Pérez\nmaria  PEREZ\nMaria-Perez\n');
    expect(accepted).toHaveLength(1);
    expect(rejected).toEqual([
      { line: 3, name: 'maria  PEREZ', reason: 'duplicate: same name as line 2' },
      { line: 4, name: 'Maria-Perez', reason: 'duplicate: same name as line 2' },
    ]);
  });

  it('someone already on the client list is not a duplicate: the row is that client, unchanged or updated', () => {
    const existing: Client[] = [{ id: '1', name: 'Anna Berg', aliases: [], handles: {} }];
    const { accepted, updated, unchanged, rejected } = imported('name\nANNA BERG\nJo Lin\n', existing);
    expect(accepted.map((c) => c.name)).toEqual(['Jo Lin']);
    expect(rejected).toEqual([]);
    expect(updated.map((u) => [u.before.name, u.after.name])).toEqual([['Anna Berg', 'ANNA BERG']]);
    expect(unchanged).toBe(0);
  });

  it('a malformed handle, naming the platform', () => {
    const { accepted, rejected } = imported(
      'name,x,instagram,facebook\nA One,maria perez,,\nB Two,,https://x.com/b,\nC Three,,,María Pérez\n',
    );
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'malformed X handle "maria perez"'],
      [3, 'malformed Instagram handle "https://x.com/b"'],
      [4, 'malformed Facebook handle "María Pérez"'],
    ]);
  });

  it.each([
    ['name', '=HYPERLINK("https://evil.example","Anna")'],
    ['name', '+1+1'],
    ['name', '-2+3'],
    ['name', '@SUM(A1:A2)'],
    ['aliases', 'Annie;=1+1'],
    ['yelp', '=HYPERLINK("https://evil.example","Sam L.")'],
    ['facebook', '=HYPERLINK("https://facebook.com/anna")'],
    ['x', '@SUM(A1)'],
  ])('a formula-looking cell in %s: %s', (column, cell) => {
    const header = column === 'name' ? 'name' : `name,${column}`;
    const row = column === 'name' ? `"${cell.replaceAll('"', '""')}"` : `Anna Berg,"${cell.replaceAll('"', '""')}"`;
    const { accepted, rejected } = imported(`${header}\n${row}\n`);
    expect(accepted).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toMatch(/formula|malformed/);
  });

  it('keeps going after a rejected row', () => {
    const { accepted, rejected } = imported('name,x\n,@a\nJo Lin,@jo\n=cmd,\nAnna Berg,@anna\n');
    expect(accepted.map((c) => c.name)).toEqual(['Jo Lin', 'Anna Berg']);
    expect(rejected.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe('parseClientsCsv: files refused as a whole', () => {
  it('without a "name" header, saying what it found', () => {
    expect(refused('email,x\nanna@example.com,@a\n')).toMatch(/"name".*found: "email", "x"/);
    expect(refused('')).toMatch(/"name".*found: nothing/);
    expect(refused('Anna Berg,@anna\n')).toMatch(/^No column with the client's name/);
  });

  it(`with more than ${MAX_CLIENTS} rows`, () => {
    const rows = Array.from({ length: MAX_CLIENTS + 1 }, (_, i) => `Client ${i}`);
    expect(refused(`name\n${rows.join('\n')}\n`)).toMatch(/Too many rows: 10001/);
    expect(imported(`name\n${rows.slice(0, MAX_CLIENTS).join('\n')}\n`).accepted).toHaveLength(MAX_CLIENTS);
  });

  it('that is not valid UTF-8 (decoded with U+FFFD replacement characters)', () => {
    const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4d, 0x61, 0x72, 0xed, 0x61, 0x0a]); // "name\nMar\xEDa\n" in Latin-1
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text).toContain('\uFFFD');
    expect(refused(text)).toMatch(/UTF-8/);
  });

  it('that is larger than 5 MB', () => {
    expect(refused(`name\n${'a'.repeat(5 * 1024 * 1024)}`)).toMatch(/too large/);
  });
});

describe('clientsToCsv', () => {
  it('writes the columns the import reads, with CRLF', () => {
    const csv = clientsToCsv([
      {
        id: '1',
        name: 'Pérez, María',
        aliases: ['Majo', 'MJ'],
        handles: { facebook: 'id:100001234567890', x: 'mariajp', yelp: 'maria p' },
      },
    ]);
    expect(csv.split('\r\n')[0]).toBe('name,aliases,facebook,x,instagram,yelp,google,linkedin');
    expect(csvParseRows(csv)[1]).toEqual(['Pérez, María', 'Majo; MJ', 'id:100001234567890', 'mariajp', '', 'maria p', '', '']);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = clientsToCsv([
      { id: '1', name: '=HYPERLINK("https://evil.example")', aliases: ['+1+1', '@SUM(A1)'], handles: { yelp: '-2' } },
    ]);
    const [, row] = csvParseRows(csv);
    expect(row?.[0]).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(row?.[1]).toBe(`'+1+1; @SUM(A1)`);
    expect(row?.[5]).toBe(`'-2`);
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('a facebook numeric id written out is read back (export, then import again)', () => {
    const clients: Client[] = [{ id: '1', name: 'Maria Perez', aliases: [], handles: { facebook: 'id:100001234567890' } }];
    expect(imported(clientsToCsv(clients)).accepted).toEqual([
      { name: 'Maria Perez', aliases: [], handles: { facebook: 'id:100001234567890' } },
    ]);
  });
});

// ---- properties -------------------------------------------------------------

/** Any text a cell may hold, trimmed as the import trims it, not empty, and not something the import refuses. */
const cellText = (extra: (s: string) => boolean) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((s) => s.replace(/\uFFFD/g, '').trim())
    .filter((s) => s.length > 0 && !/^[=+\-@\t\r]/.test(s) && extra(s));

const nameArb = cellText((s) => /[\p{L}\p{N}]/u.test(s) && s.length <= 200 && !/[\r\n]/.test(s));
const aliasArb = cellText((s) => !s.includes(';'));

const handleArbs = {
  facebook: fc.oneof(
    fc.stringMatching(/^[a-z0-9][a-z0-9.]{0,20}$/).filter((s) => !/^\d+$/.test(s) && !s.endsWith('.php')),
    fc.bigInt({ min: 1n, max: 10n ** 19n }).map((n) => `id:${n}`),
  ),
  x: fc.stringMatching(/^[a-z0-9_]{1,15}$/),
  instagram: fc.stringMatching(/^[a-z0-9._]{1,30}$/),
  yelp: fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
};
const RESERVED =
  /^(friends|groups|marketplace|watch|gaming|messages|notifications|settings|events|pages|photo|login|search|bookmarks|saved|reel|reels|stories|hashtag|help|policies|privacy|people)$/;

const clientArb = fc.record({
  name: nameArb,
  aliases: fc.array(aliasArb, { maxLength: 3 }),
  handles: fc.record(
    {
      facebook: handleArbs.facebook.filter((h) => !RESERVED.test(h)),
      x: handleArbs.x,
      instagram: handleArbs.instagram,
      yelp: handleArbs.yelp,
    },
    { requiredKeys: [] },
  ),
});

describe('CSV properties', () => {
  it('clients written with clientsToCsv read back as the same clients', () => {
    fc.assert(
      fc.property(fc.uniqueArray(clientArb, { maxLength: 8, selector: (c) => normaliseName(c.name) }), (clients) => {
        const withIds: Client[] = clients.map((c, i) => ({ id: String(i), ...c }));
        const { accepted, rejected } = imported(clientsToCsv(withIds));
        expect(rejected).toEqual([]);
        expect(accepted).toEqual(clients);
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all gives a result and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parseClientsCsv(`name,aliases,x\n${text}`);
        if (result.ok) {
          for (const r of result.value.rejected) expect(r.reason.length).toBeGreaterThan(0);
        } else expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });

  it('no accepted client has a name or alias a spreadsheet would run as a formula', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+A1', '-1', '@SUM(A1)', '\t=1', 'Anna'));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 6 }), (rows) => {
        const text = ['name,aliases,yelp', ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))].join('\r\n');
        const result = parseClientsCsv(text);
        if (!result.ok) return;
        for (const c of result.value.accepted) {
          for (const t of [c.name, ...c.aliases]) expect(t).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});
