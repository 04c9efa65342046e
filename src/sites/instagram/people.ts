import { instagramHandle } from '../../clients/site-handles';
import type { Person } from '../../clients/types';
import { INSTAGRAM_APP_PATHS } from '../../core/app-paths';
import { linkTarget, ownerOf, squash } from '../dom';
import { controlLabel } from './controls';
import { instagramLabels as labels } from './labels';
import { INSTAGRAM, PROFILE_PATH } from './selectors';

/** People as Instagram shows them: profile links, list rows, post headers and the profile page. */

/** A username as Instagram spells it in paths and headers, or null for app pages and malformed text. */
function asHandle(text: string): string | null {
  const raw = text.trim();
  const handle = raw ? instagramHandle(raw) : null;
  return handle && !INSTAGRAM_APP_PATHS.has(handle) ? handle : null;
}

/** The username a link leads to ("/maria.perez/"), or null for links to anything else (/explore/, /p/ID/). */
export function handleOfLink(a: Element): string | null {
  const url = linkTarget(a, 'https://www.instagram.com/', /(^|\.)instagram\.com$/);
  const segment = url && PROFILE_PATH.exec(url.pathname)?.[1];
  return segment ? asHandle(segment) : null;
}

/** The first profile link inside a container. */
export function profileLinkIn(container: Element): Element | null {
  for (const a of container.querySelectorAll(INSTAGRAM.link)) if (handleOfLink(a)) return a;
  return null;
}

/** Row text that is the person's display name: not the username, a state or a link elsewhere. */
function displayNameIn(container: Element, handle: string, doc: Document): string | undefined {
  for (const el of container.querySelectorAll('*')) {
    if (el.childElementCount > 0 || el.closest('button, [role="button"], time, svg')) continue;
    const link = el.closest('a');
    if (link && handleOfLink(link) !== handle) continue;
    const text = squash(el.textContent ?? '');
    if (!text || text.length > 60 || !/\p{L}/u.test(text) || text.startsWith('@')) continue;
    if (text.toLowerCase() === handle || labels.startsWith(doc, 'notAName', text)) continue;
    return text;
  }
  return undefined;
}

/** The person a link leads to; their display name from the link or row, where it shows one. */
export function personOf(link: Element, around: Element | null, doc: Document): Person | null {
  const handle = handleOfLink(link);
  if (!handle) return null;
  const name = around ? displayNameIn(around, handle, doc) : undefined;
  return name ? { handle, name } : { handle };
}

/** The person a row or post header names first; the display name only where the row shows one. */
export function personIn(container: Element, doc: Document, withName: boolean): Person | null {
  const link = profileLinkIn(container);
  return link && personOf(link, withName ? container : null, doc);
}

/** On a profile page (/USERNAME/...), its owner: the header's username (or the address), the name from the title. */
function profileOwner(doc: Document): Person | null {
  const shown = [...doc.querySelectorAll(INSTAGRAM.profileUsername)].find((el) => !el.closest(INSTAGRAM.post));
  const first = doc.location.pathname.split('/').filter(Boolean)[0];
  const handle = (shown && asHandle(squash(shown.textContent ?? ''))) || (first ? asHandle(first) : null);
  if (!handle) return null;
  // "María Pérez (@maria.perez) • Instagram photos and videos"
  const title = /^(.+?)\s*\(@([\w.]+)\)/.exec(doc.title);
  const name = title?.[2]?.toLowerCase() === handle ? squash(title[1] ?? '') : '';
  return name ? { handle, name } : { handle };
}

const ROW_KEYS = ['follow', 'followBack', 'following', 'accept'] as const;

/** The list row or post header a control sits in: the nearest ancestor with a profile link, not a whole list. */
export function rowOf(control: Element, doc: Document): Element | null {
  const row = ownerOf(control, (el) => profileLinkIn(el) !== null, { maxDepth: 10, stopAt: INSTAGRAM.navigation });
  if (!row) return null;
  let n = 0;
  for (const c of row.querySelectorAll(INSTAGRAM.control)) if (labels.which(doc, ROW_KEYS, controlLabel(c))) n += 1;
  return n <= 1 ? row : null;
}

/** Who a Follow button follows: the profile in whose header it sits, the row or post header around it, or the profile page. */
export function followed(control: Element, doc: Document): Person | undefined {
  const header = control.closest(INSTAGRAM.header);
  // The profile header first: a bio may link other accounts, which are not the one followed.
  if (header && !header.closest(INSTAGRAM.post)) {
    const owner = profileOwner(doc);
    if (owner) return owner;
  }
  const row = rowOf(control, doc);
  if (row) return personIn(row, doc, !control.closest(INSTAGRAM.post)) ?? undefined;
  if (control.closest(`${INSTAGRAM.dialog}, ${INSTAGRAM.post}`)) return undefined;
  return profileOwner(doc) ?? undefined;
}
