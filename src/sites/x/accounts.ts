import type { Person } from '../../clients/types';
import { X_APP_PATHS } from '../../core/app-paths';
import { textOf } from '../dom';
import { X } from './selectors';

/** Accounts as X shows them: handles in addresses and links, and the name block beside them. */

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
export const AT_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
/** A link to an account: "/maria_perez" on the page, or absolute on x.com / twitter.com (saved pages, other host). */
const ACCOUNT_LINK = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/;

/** "/maria_perez" (or "/Maria_Perez/") to "maria_perez"; null for app pages and deeper paths. */
export function handleFromPath(pathname: string): string | null {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  return segments.length === 1 && first && HANDLE.test(first) && !X_APP_PATHS.has(first) ? first : null;
}

function handleOfLink(a: Element): string | null {
  const m = ACCOUNT_LINK.exec(a.getAttribute('href') ?? '');
  return m?.[1] ? handleFromPath(m[1]) : null;
}

/**
 * The account a container is about: the first account it links, named by
 * whichever of its links has text. With `spans`, a name block's plain
 * "Name" and "@handle" spans count too (quoted posts, the profile header and
 * list items carry no links).
 */
export function who(el: Element | null | undefined, spans = false): Person | null {
  if (!el) return null;
  let handle: string | undefined;
  let name: string | undefined;
  for (const a of el.querySelectorAll(X.link)) {
    const h = handleOfLink(a);
    if (!h || (handle && h !== handle)) continue;
    handle = h;
    // A link may hold the name and the "@handle" line together (X Chat's header): the name is what comes before.
    const text = textOf(a).replace(/\s*@[A-Za-z0-9_]{1,15}$/, '');
    if (text && !text.startsWith('@')) {
      name = text;
      break;
    }
  }
  if (spans) {
    for (const span of el.querySelectorAll('span')) {
      const text = textOf(span);
      const at = AT_HANDLE.exec(text)?.[1];
      if (at) handle ??= at.toLowerCase();
      else if (text && text !== '·') name ??= text;
    }
  }
  return handle || name ? { ...(handle ? { handle } : {}), ...(name ? { name } : {}) } : null;
}

/** A post's author: its first name block (a quoted post's block comes later in the article). */
export function authorOf(article: Element): Person | null {
  return who(article.querySelector(X.tweetAuthor), true);
}
