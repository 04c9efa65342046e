import { squash } from '../dom';
import { googleLabels as labels } from './labels';

/** The owner's controls on a review, as the label table names them. */
export type ControlKey = 'answer' | 'edit' | 'send';

/** Icon-font glyphs (Maps' "google-symbols" draws its icons with private-use characters): no word of a label. */
const ICON_GLYPHS = /[\ue000-\uf8ff]/g;

/**
 * The text a control shows beside its icon. Google's buttons lead with an icon: a private-use glyph (Maps) or a
 * Material ligature such as "reply" or "edit" in an aria-hidden element (business.google.com), which the whole
 * text content would run into the word ("replyReply").
 */
export function shownText(control: Element): string {
  if (control instanceof HTMLInputElement) return squash(control.value);
  let text = '';
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[aria-hidden="true"]');
    if (!hidden || hidden === control || !control.contains(hidden)) text += node.textContent ?? '';
  }
  return squash(text.replace(ICON_GLYPHS, ''));
}

/**
 * Which owner's control this is, and its label as shown: by its aria-label, else by the text it shows (an
 * aria-label may say more than the button, "Reply to Sam L."). Null for every other control.
 */
export function ownerControl(control: Element, doc: Document, keys: readonly ControlKey[]): { key: ControlKey; label: string } | null {
  const text = control instanceof HTMLInputElement ? '' : squash((control.textContent ?? '').replace(ICON_GLYPHS, ''));
  // The whole text last: a button that shows its word only in an aria-hidden element (its name then is elsewhere).
  for (const label of [squash(control.getAttribute('aria-label') ?? ''), shownText(control), text]) {
    const key = label ? labels.which(doc, keys, label) : null;
    if (key) return { key, label };
  }
  return null;
}
