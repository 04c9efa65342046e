import { normaliseHandle } from '../../clients/handles';
import { normaliseName } from '../../clients/normalise';
import type { Client } from '../../clients/types';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '../../policy/vocabulary';

/** The add/edit form as typed: every field a string. */
export interface ClientDraft {
  name: string;
  /** Separated by ";" as in the CSV. */
  aliases: string;
  handles: Record<Platform, string>;
}

export type ClientField = 'name' | 'aliases' | Platform;
export type FieldErrors = Partial<Record<ClientField, string>>;

export type Checked = { ok: true; client: Omit<Client, 'id'> } | { ok: false; errors: FieldErrors };

const MAX_NAME = 200;

export function emptyDraft(): ClientDraft {
  return { name: '', aliases: '', handles: { facebook: '', x: '', instagram: '', yelp: '' } };
}

/** A stored client as the form shows it (Facebook numeric ids as the profile link people copy). */
export function draftOf(client: Client): ClientDraft {
  const handles = emptyDraft().handles;
  for (const p of PLATFORMS) {
    const h = client.handles[p] ?? '';
    handles[p] = p === 'facebook' && h.startsWith('id:') ? `facebook.com/profile.php?id=${h.slice(3)}` : h;
  }
  return { name: client.name, aliases: client.aliases.join('; '), handles };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks a typed client against the rest of the list: a name is required and
 * must not be on the list already; handles must be ones the platform could
 * have (same rules as the CSV import). Every error is keyed to its field.
 */
export function checkClient(draft: ClientDraft, others: readonly Client[]): Checked {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  const key = normaliseName(name);
  if (!name) errors.name = 'Enter a name.';
  else if (name.length > MAX_NAME) errors.name = `Use at most ${MAX_NAME} characters.`;
  else if (!key) errors.name = 'The name needs at least one letter or digit.';
  else {
    const same = others.find((c) => normaliseName(c.name) === key);
    if (same) errors.name = `“${same.name}” is already on your client list.`;
  }
  const aliases = draft.aliases
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const longAlias = aliases.find((a) => a.length > MAX_NAME);
  if (longAlias) errors.aliases = `Each other name can have at most ${MAX_NAME} characters.`;
  const handles: Client['handles'] = {};
  for (const p of PLATFORMS) {
    const raw = draft.handles[p].trim();
    if (!raw) continue;
    const result = normaliseHandle(p, raw);
    if (result.ok) handles[p] = result.handle;
    else errors[p] = `${capitalise(result.error)}. ${HANDLE_HINTS[p]}`;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, client: { name, aliases, handles } };
}

export const HANDLE_HINTS: Record<Platform, string> = {
  facebook: 'A username, @username or profile link (facebook.com/profile.php?id=… works too).',
  x: 'The @handle or profile link: letters, digits and _ only, at most 15.',
  instagram: 'The @username or profile link: letters, digits, . and _ only.',
  yelp: 'The name Yelp shows on the review, such as “Sam L.”.',
};

export const HANDLE_LABELS: Record<Platform, string> = {
  facebook: `${PLATFORM_NAMES.facebook} profile`,
  x: `${PLATFORM_NAMES.x} handle`,
  instagram: `${PLATFORM_NAMES.instagram} username`,
  yelp: `${PLATFORM_NAMES.yelp} reviewer name`,
};
