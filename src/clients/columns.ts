import { PLATFORMS, type Platform } from '../core/vocabulary';

/**
 * What practice-management and EHR exports look like, and how their columns
 * become a client: "First Name" + "Last Name" (or "Client Name") is the name,
 * "Preferred Name" or "Nickname" another name, "Email" and the rest ignored.
 * Pure: the options page shows the guess and lets the therapist change it.
 */

/** What one column of the file holds. */
export type ColumnRole = 'name' | 'first' | 'last' | 'aliases' | Platform | 'ignore';

export const COLUMN_ROLES: readonly ColumnRole[] = ['name', 'first', 'last', 'aliases', ...PLATFORMS, 'ignore'];

/** One role for each column of the header, in the file's order. */
export type ColumnMapping = ColumnRole[];

/** Headers as practice software writes them, folded (lower case, letters and digits only). */
const KNOWN: ReadonlyArray<readonly [ColumnRole, readonly string[]]> = [
  ['name', ['name', 'clientname', 'fullname', 'client', 'patientname', 'patient', 'clientfullname', 'displayname']],
  ['first', ['firstname', 'first', 'givenname', 'forename', 'clientfirstname', 'patientfirstname', 'legalfirstname']],
  ['last', ['lastname', 'last', 'surname', 'familyname', 'clientlastname', 'patientlastname', 'legallastname']],
  [
    'aliases',
    [
      'aliases',
      'alias',
      'preferredname',
      'preferred',
      'nickname',
      'nick',
      'othernames',
      'othername',
      'akas',
      'aka',
      'goesby',
      'preferredfirstname',
    ],
  ],
  ['facebook', ['facebook', 'facebookhandle', 'facebookprofile', 'fb']],
  ['x', ['x', 'xhandle', 'twitter', 'twitterhandle']],
  ['instagram', ['instagram', 'instagramhandle', 'ig']],
  ['yelp', ['yelp', 'yelpname', 'yelpreviewer', 'yelpreviewername']],
  ['google', ['google', 'googlereviewer', 'googleprofile', 'googlereviewerprofile', 'googlecontributor']],
  ['linkedin', ['linkedin', 'linkedinprofile', 'linkedinurl', 'linkedinhandle']],
];

const fold = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The role a header names, or "ignore" (Email, Phone, Date of Birth, anything unknown). */
export function roleOfHeader(header: string): ColumnRole {
  const h = fold(header);
  for (const [role, names] of KNOWN) if (names.includes(h)) return role;
  return 'ignore';
}

/** The mapping guessed from the header; a role already given to an earlier column is not given twice. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const taken = new Set<ColumnRole>();
  return header.map((h) => {
    const role = roleOfHeader(h);
    if (role === 'ignore' || taken.has(role)) return 'ignore';
    taken.add(role);
    return role;
  });
}

/** Whether a mapping gives every row a name: a "name" column, or a first or last name column. */
export function mappingHasName(mapping: ColumnMapping): boolean {
  return mapping.some((r) => r === 'name' || r === 'first' || r === 'last');
}

/** The cells of one row by role: the name (from "name", else first + last), other names, handles. */
export function rowByRole(
  mapping: ColumnMapping,
  cells: readonly string[],
): { name: string; aliases: string; handles: Partial<Record<Platform, string>> } {
  const cell = (role: ColumnRole): string => {
    const i = mapping.indexOf(role);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const full = cell('name');
  const name = full || [cell('first'), cell('last')].filter(Boolean).join(' ');
  const handles: Partial<Record<Platform, string>> = {};
  for (const p of PLATFORMS) {
    const v = cell(p);
    if (v) handles[p] = v;
  }
  return { name, aliases: cell('aliases'), handles };
}

/** The separator of a delimited file: the one of ",", ";" and tab that the header line (outside quotes) holds most of. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * A file's bytes as text: UTF-8 (with or without its byte-order mark) or UTF-16 with a byte-order
 * mark, which is what spreadsheets call "Unicode text". Bytes that are not UTF-8 become U+FFFD,
 * which the parser refuses by name.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
