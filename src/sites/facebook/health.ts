import type { SiteHealth } from '../../guard/action';
import { labelOf, squash } from '../dom';
import { personOfLink } from './index';
import { facebookLabels as labels } from './labels';
import { FACEBOOK } from './selectors';

/**
 * What Facebook pages must show while their markup is the one the adapter knows (issue 12). Each region is
 * found without the label tables (so a page whose wording changed still counts as its kind); the check then
 * asks whether the adapter's labels still find their controls there.
 */

const BUTTON = '[role="button"], button';
const FRIENDS_PATH = /^\/friends(\/requests)?\/?$/;

/**
 * A request or suggestion card: a profile link with a pair of buttons beside it (Confirm/Delete, Add/Remove).
 * In the main column on /friends/, in the left column on /friends/requests/.
 */
export function firstCard(doc: Document): Element | null {
  const main = doc.body;
  if (!main) return null;
  for (const button of main.querySelectorAll(BUTTON)) {
    const row = button.parentElement;
    if (row?.querySelectorAll(':scope > [role="button"], :scope > button').length !== 2) continue;
    let card: Element | null = row;
    for (let depth = 0; card && card !== main && depth < 4; depth += 1, card = card.parentElement) {
      if ([...card.querySelectorAll(FACEBOOK.link)].some((a) => personOfLink(a) !== null)) return card;
    }
  }
  return null;
}

function editorLabel(editor: Element): string {
  return labelOf(editor) || squash(editor.getAttribute('aria-placeholder') ?? '');
}

export const facebookHealth: SiteHealth = {
  platform: 'facebook',
  labels,
  testIds: [],
  checks: [
    {
      page: 'friend requests',
      expect: 'Confirm or Add friend controls',
      region: (doc) => (FRIENDS_PATH.test(doc.location.pathname) ? firstCard(doc) : null),
      holds: (_card, doc) =>
        [...doc.querySelectorAll(BUTTON)].some((b) => labels.which(doc, ['accept', 'addFriend', 'follow'], labelOf(b)) !== null),
    },
    {
      page: 'post with comments',
      expect: 'comment editor',
      region: (doc) => doc.querySelector(`div[aria-posinset] ${FACEBOOK.editor}, div[role="article"] ${FACEBOOK.editor}`),
      holds: (editor, doc) => labels.startsWith(doc, 'commentEditor', editorLabel(editor)),
    },
    {
      page: 'messages',
      expect: 'message editor',
      region: (doc) => (/^\/messages\//.test(doc.location.pathname) ? doc.querySelector(FACEBOOK.editor) : null),
      holds: (editor, doc) => labels.is(doc, 'messageEditor', editorLabel(editor)),
    },
  ],
};
