import { normaliseHandle } from '../../clients/handles';
import { normaliseName } from '../../clients/normalise';
import type { Client } from '../../clients/types';
import { locale, messages, t } from '../../core/i18n';
import { PLATFORMS, type Platform } from '../../core/vocabulary';

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
  return { name: '', aliases: '', handles: { facebook: '', x: '', instagram: '', yelp: '', google: '', linkedin: '' } };
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
  return text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);
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
  if (!name) errors.name = t('clientForm_enterName');
  else if (name.length > MAX_NAME) errors.name = t('clientForm_nameTooLong', MAX_NAME);
  else if (!key) errors.name = t('clientForm_nameNoLetters');
  else {
    const same = others.find((c) => normaliseName(c.name) === key);
    if (same) errors.name = t('clientForm_nameTaken', same.name);
  }
  const aliases = draft.aliases
    .split(';')
    .map((a) => a.trim())
    .filter(Boolean);
  const longAlias = aliases.find((a) => a.length > MAX_NAME);
  if (longAlias) errors.aliases = t('clientForm_aliasTooLong', MAX_NAME);
  const handles: Client['handles'] = {};
  for (const p of PLATFORMS) {
    const raw = draft.handles[p].trim();
    if (!raw) continue;
    const result = normaliseHandle(p, raw);
    if (result.ok) handles[p] = result.handle;
    else errors[p] = t('clientForm_handleError', capitalise(result.error), HANDLE_HINTS[p]);
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, client: { name, aliases, handles } };
}

export const HANDLE_HINTS: Readonly<Record<Platform, string>> = messages({
  facebook: 'handleHint_facebook',
  x: 'handleHint_x',
  instagram: 'handleHint_instagram',
  yelp: 'handleHint_yelp',
  google: 'handleHint_google',
  linkedin: 'handleHint_linkedin',
});

export const HANDLE_LABELS: Readonly<Record<Platform, string>> = messages({
  facebook: 'handleLabel_facebook',
  x: 'handleLabel_x',
  instagram: 'handleLabel_instagram',
  yelp: 'handleLabel_yelp',
  google: 'handleLabel_google',
  linkedin: 'handleLabel_linkedin',
});
