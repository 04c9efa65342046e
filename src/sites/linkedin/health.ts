import type { SiteHealth } from '../../guard/action';
import { labelOf, squash, textOf } from '../dom';
import { linkedinLabels as labels } from './labels';
import { LINKEDIN, MESSAGING_PATH, NETWORK_PATH, PROFILE_PATH } from './selectors';

/**
 * What LinkedIn pages must show while their markup is the one the adapter knows (issue 12). Each region is
 * found by addresses, element names and roles, without the label tables (so a page whose wording changed still
 * counts as its kind); the check then asks whether the labels and selectors the adapter uses still find their part.
 */

const BUTTON = 'button, [role="button"]';

function labelled(scope: Element, doc: Document, keys: readonly ('accept' | 'connect' | 'follow' | 'message')[]): boolean {
  return [...scope.querySelectorAll(BUTTON)].some((b) =>
    keys.some(
      (k) =>
        labels.is(doc, k, textOf(b)) ||
        labels.is(doc, k, labelOf(b)) ||
        (k === 'accept' && labels.named(doc, 'acceptInvitation', labelOf(b)) !== null),
    ),
  );
}

/** A comment box's placeholder ("Add a comment…"): its aria-label is the same for every editor. */
function placeholderOf(editor: Element): string {
  return squash(editor.getAttribute('aria-placeholder') ?? editor.getAttribute('data-placeholder') ?? '');
}

/** An invitation or suggestion card: a list item that links a member and holds two buttons at least. */
function firstCard(doc: Document): Element | null {
  for (const item of doc.querySelectorAll('main li, main [role="listitem"]')) {
    if (item.querySelector(LINKEDIN.profileLink) && item.querySelectorAll(BUTTON).length >= 2) return item;
  }
  return null;
}

export const linkedinHealth: SiteHealth = {
  platform: 'linkedin',
  labels,
  testIds: [],
  checks: [
    {
      page: 'my network',
      expect: 'Accept, Connect or Follow controls',
      region: (doc) => (NETWORK_PATH.test(doc.location.pathname) ? firstCard(doc) : null),
      holds: (_card, doc) => labelled(doc.body, doc, ['accept', 'connect', 'follow']),
    },
    {
      page: 'profile',
      expect: 'Connect, Follow or Message control and the name heading',
      region: (doc) => (PROFILE_PATH.test(doc.location.pathname) ? doc.querySelector(LINKEDIN.main) : null),
      holds: (main, doc) => main.querySelector('h1') !== null && labelled(main, doc, ['connect', 'follow', 'message']),
    },
    {
      page: 'post with comments',
      expect: 'comment box in a form, inside a post',
      region: (doc) => [...doc.querySelectorAll(`form ${LINKEDIN.editor}`)].find((e) => !e.closest(LINKEDIN.messageForm)) ?? null,
      holds: (editor, doc) => editor.closest(LINKEDIN.post) !== null && labels.startsWith(doc, 'commentEditor', placeholderOf(editor)),
    },
    {
      page: 'messaging',
      expect: 'message box and the conversation header',
      region: (doc) => (MESSAGING_PATH.test(doc.location.pathname) ? doc.querySelector(`main ${LINKEDIN.editor}, main form`) : null),
      holds: (box, doc) =>
        box.closest(LINKEDIN.messageForm) !== null && doc.querySelector(`${LINKEDIN.threadHeader} ${LINKEDIN.profileLink}`) !== null,
    },
  ],
};
