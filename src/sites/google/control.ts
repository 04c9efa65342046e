import { squash } from '../dom';
import { googleLabels as labels } from './labels';

/** The owner's controls on a review, as the label table names them. */
export type ControlKey = 'answer' | 'edit' | 'send';

/** Icon-font glyphs (icon fonts draw their icons as private-use characters): no word of a label. */
const ICON_GLYPHS = /[\ue000-\uf8ff]/g;

/**
 * The text a control shows beside its icon. Google's buttons may lead with an icon drawn as text (unverified on the
 * owner's buttons): an icon font's private-use glyph, or a Material icon's ligature such as "reply" or "edit" in an
 * aria-hidden element, which the whole text content would run into the word ("replyReply").
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

/** Longer than any label of the tables: a link around a whole search result is no owner's button, and is not walked. */
const LONGEST_LABEL = 60;

/**
 * Which owner's control this is, and its label as shown: by its aria-label, else by the text it shows (an
 * aria-label may say more than the button, "Reply to Sam L."), else by its whole text (a button that shows its
 * word only in an aria-hidden element). Null for every other control. Runs on every click of a reviews page.
 */
export function ownerControl(control: Element, doc: Document, keys: readonly ControlKey[]): { key: ControlKey; label: string } | null {
  const name = squash(control.getAttribute('aria-label') ?? '');
  const byName = name ? labels.which(doc, keys, name) : null;
  if (byName) return { key: byName, label: name };
  const whole = control instanceof HTMLInputElement ? squash(control.value) : squash((control.textContent ?? '').replace(ICON_GLYPHS, ''));
  if (!whole || whole.length > LONGEST_LABEL) return null;
  for (const label of [shownText(control), whole]) {
    const key = label ? labels.which(doc, keys, label) : null;
    if (key) return { key, label };
  }
  return null;
}
