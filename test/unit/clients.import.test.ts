import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, guessMapping, mappingHasName, roleOfHeader } from '../../src/clients/columns';
import { type ClientImport, mergeClient, parseClientsCsv } from '../../src/clients/csv';
import type { Client } from '../../src/clients/types';

function imported(text: string, existing: Client[] = [], mapping?: Parameters<typeof parseClientsCsv>[2]): ClientImport {
  const result = parseClientsCsv(text, existing, mapping);
  if (!result.ok) expect.fail(`expected the file to be read, got: ${result.error}`);
  return result.value;
}

function utf16le(text: string): Uint8Array {
  const out = [0xff, 0xfe];
  for (const c of text) {
    const u = c.charCodeAt(0);
    out.push(u & 0xff, u >> 8);
  }
  return new Uint8Array(out);
}

describe('column mapping: headers as practice software writes them', () => {
  it.each([
    ['First Name', 'first'],
    ['first_name', 'first'],
    ['Given name', 'first'],
    ['Last Name', 'last'],
    ['Surname', 'last'],
    ['Client Name', 'name'],
    ['Full Name', 'name'],
    ['name', 'name'],
    ['Preferred Name', 'aliases'],
    ['Nickname', 'aliases'],
    ['aliases', 'aliases'],
    ['Email', 'ignore'],
    ['Phone', 'ignore'],
    ['Date of Birth', 'ignore'],
    ['Twitter', 'x'],
    ['Instagram handle', 'instagram'],
  ])('"%s" is read as %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it('an EHR export in any order: first and last name, preferred name, email ignored', () => {
    const mapping = guessMapping(['Email', 'Last Name', 'Preferred Name', 'First Name', 'Client ID']);
    expect(mapping).toEqual(['ignore', 'last', 'aliases', 'first', 'ignore']);
    expect(mappingHasName(mapping)).toBe(true);
    expect(mappingHasName(['ignore', 'aliases'])).toBe(false);
  });

  it('a role is given to the first column that names it only', () => {
    expect(guessMapping(['Nickname', 'Preferred Name', 'Name'])).toEqual(['aliases', 'ignore', 'name']);
  });

  it('reads first + last as the name and the preferred name as another name; a name column wins over them', () => {
    const { accepted } = imported(
      'Email,Last Name,Preferred Name,First Name\r\nsam@example.com,Lee,Sammy,Samuel\r\nx@example.com,Ode,,Kim\r\n',
    );
    expect(accepted).toEqual([
      { name: 'Samuel Lee', aliases: ['Sammy'], handles: {} },
      { name: 'Kim Ode', aliases: [], handles: {} },
    ]);
    expect(imported('First Name,Last Name,Client Name\nSam,Lee,Samuel J. Lee\n').accepted[0]?.name).toBe('Samuel J. Lee');
  });

  it('a mapping the therapist chose is used instead of the guess', () => {
    const text = 'Client,Other\nSam Lee,Sammy\n';
    expect(imported(text).accepted[0]).toEqual({ name: 'Sam Lee', aliases: [], handles: {} });
    expect(imported(text, [], ['name', 'aliases']).accepted[0]).toEqual({ name: 'Sam Lee', aliases: ['Sammy'], handles: {} });
    expect(imported(text, [], ['aliases', 'name']).accepted[0]).toEqual({ name: 'Sammy', aliases: ['Sam Lee'], handles: {} });
  });
});

describe('separators and encodings', () => {
  it('finds ";" and tab separators from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('First Name;Last Name;Email\nA;B;c@d')).toBe(';');
    expect(detectDelimiter('name\tx\nA\tb')).toBe('\t');
    expect(detectDelimiter('"Lee; Sam",x\n')).toBe(',');
    expect(detectDelimiter('name\n')).toBe(',');
  });

  it('reads a ";"-separated export with quoted cells', () => {
    const { accepted } = imported('"First Name";"Last Name";"Email"\r\n"María José";"Pérez";"mj@example.com"\r\n');
    expect(accepted).toEqual([{ name: 'María José Pérez', aliases: [], handles: {} }]);
  });

  it('decodes UTF-16 with a byte-order mark (little and big endian) and UTF-8 with or without one', () => {
    const text = 'First Name;Last Name\r\nZoë;Ødegård\r\n';
    expect(decodeCsvBytes(utf16le(text))).toBe(text);
    const be = utf16le(text);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
    expect(decodeCsvBytes(be)).toBe(text);
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    expect(imported(decodeCsvBytes(utf16le(text))).accepted[0]?.name).toBe('Zoë Ødegård');
  });
});

describe('re-importing: the merge', () => {
  const existing: Client[] = [
    { id: 'a', name: 'Samuel Lee', aliases: ['Sam'], handles: { x: 'samlee' } },
    { id: 'b', name: 'Kim Ode', aliases: [], handles: { instagram: 'kim.ode' } },
    { id: 'c', name: 'Jo Lin', aliases: [], handles: {} },
  ];

  it('updates the clients it has (same name, or same handle), adds the new ones, counts the unchanged', () => {
    const result = imported(
      ['name,aliases,x,instagram', 'samuel lee,Sammy,samlee,sam.lee', 'Kimberly Ode,,,kim.ode', 'Jo Lin,,,', 'Ana Ruiz,,,', ''].join('\n'),
      existing,
    );
    expect(result.accepted).toEqual([{ name: 'Ana Ruiz', aliases: [], handles: {} }]);
    expect(result.updated.map((u) => u.after)).toEqual([
      { id: 'a', name: 'samuel lee', aliases: ['Sam', 'Sammy'], handles: { x: 'samlee', instagram: 'sam.lee' } },
      { id: 'b', name: 'Kimberly Ode', aliases: [], handles: { instagram: 'kim.ode' } },
    ]);
    expect(result.unchanged).toBe(1);
    expect(result.rejected).toEqual([]);
  });

  it('keeps what the file does not say: other names and handles of the client stay', () => {
    expect(mergeClient(existing[0] as Client, { name: 'Samuel Lee', aliases: ['Sam'], handles: { yelp: 'sam l' } })).toEqual({
      id: 'a',
      name: 'Samuel Lee',
      aliases: ['Sam'],
      handles: { x: 'samlee', yelp: 'sam l' },
    });
  });

  it('re-importing the same export changes nothing', () => {
    const result = imported('name,aliases,x,instagram\nSamuel Lee,Sam,samlee,\nKim Ode,,,kim.ode\nJo Lin,,,\n', existing);
    expect([result.accepted, result.updated, result.rejected, result.unchanged]).toEqual([[], [], [], 3]);
  });

  it('rejects, once each, a second row for the same client and a row that would be two clients', () => {
    const result = imported('name,x,instagram\nSam Lee,samlee,\nSamuel Lee,,\nNew Person,samlee,kim.ode\n', existing);
    expect(result.rejected).toEqual([
      { line: 3, name: 'Samuel Lee', reason: 'duplicate: the same client as line 2' },
      {
        line: 4,
        name: 'New Person',
        reason: 'matches two clients on your list (Samuel Lee / Kim Ode): edit them on the Clients tab first',
      },
    ]);
    expect(result.updated.map((u) => u.after.name)).toEqual(['Sam Lee']);
  });
});
