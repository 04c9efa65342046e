import { linkedinHandle } from '../../clients/site-handles';
import type { Person } from '../../clients/types';
import { firstText, linkTarget, ownerOf, squash } from '../dom';
import { LINKEDIN, PROFILE_PATH } from './selectors';

/** Members as LinkedIn shows them: a profile link's slug, and the name in that link or in a control's label. */

const HOME = 'https://www.linkedin.com/';
const HOST = /(^|\.)linkedin\.com$/;

/** The member a link leads to ("/in/maria-perez-4b1a2c/", absolute or not), or null. */
export function handleOfLink(a: Element): string | null {
  const url = linkTarget(a, HOME, HOST);
  return url && PROFILE_PATH.test(url.pathname) ? linkedinHandle(`https://www.linkedin.com${url.pathname}`) : null;
}

/** The first member linked in a container (`skip`: links that belong to someone else), named by whichever of their links has text. */
export function personIn(container: Element, skip: (a: Element) => boolean = () => false): Person | null {
  let handle: string | null = null;
  let name = '';
  for (const a of container.querySelectorAll(LINKEDIN.profileLink)) {
    if (skip(a)) continue;
    const h = handleOfLink(a);
    if (!h || (handle && h !== handle)) continue;
    handle = h;
    name = firstText(a);
    if (name) break;
  }
  return handle ? { handle, ...(name ? { name } : {}) } : null;
}

/** On a profile page, its member: the slug from the address, the name from the page's heading. */
export function profileOwner(doc: Document): Person | null {
  const slug = PROFILE_PATH.exec(doc.location.pathname)?.[1];
  const handle = slug ? linkedinHandle(slug) : null;
  if (!handle) return null;
  const name = squash(doc.querySelector(LINKEDIN.profileName)?.textContent ?? '');
  return name ? { handle, name } : { handle };
}

/**
 * The card a control sits in (an invitation, a suggestion, a search result, a post's header): the nearest
 * ancestor that links a member, never above the main column, a sidebar or a dialog, nor out of a post's header
 * into the post (a company's Follow would otherwise read a commenter or a "likes this" line).
 */
export function cardOf(control: Element): Element | null {
  return ownerOf(control, (el) => el.querySelector(LINKEDIN.profileLink) !== null, {
    maxDepth: 10,
    stopAt: `${LINKEDIN.main}, aside, ${LINKEDIN.dialog}, ${LINKEDIN.elsewhere}, ${LINKEDIN.post}`,
  });
}

/**
 * The other person of the conversation `from` is in: its header's link (the messaging page's title bar, an overlay
 * bubble's header). Never climbing to the main column or a sidebar, where the overlay's header is no one's here.
 */
export function threadPerson(from: Element): Person | null {
  const thread = ownerOf(from, (el) => el.querySelector(LINKEDIN.threadHeader) !== null, {
    maxDepth: 14,
    stopAt: `${LINKEDIN.main}, aside, ${LINKEDIN.elsewhere}`,
  });
  const header = thread?.querySelector(LINKEDIN.threadHeader);
  return header ? personIn(header) : null;
}

/** With the name the control's label gives, when it gives one ("Invite Maria Perez to connect"). */
export function named(person: Person | null, name: string | null): Person | null {
  if (!name) return person;
  return person?.handle ? { handle: person.handle, name } : { name };
}
