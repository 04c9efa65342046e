import { controlFrom, ownerOf, squash } from '../dom';
import { instagramLabels as labels } from './labels';
import { INSTAGRAM } from './selectors';

/** Controls and text fields: their labels, which field a control sends, which control sends a field. */

export type FieldKind = 'comment' | 'message' | 'caption';

/**
 * The visible text of a control: buttons carry their text in nested divs and
 * icons carry an svg title ("Like") that is not part of a text button's label.
 */
export function controlLabel(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return squash(aria);
  if (control instanceof HTMLInputElement) return squash(control.value);
  const parts: string[] = [];
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('svg')) parts.push(node.textContent ?? '');
  }
  const text = squash(parts.join(' '));
  if (text) return text;
  const icon = control.querySelector('svg[aria-label], svg title');
  return squash(icon?.getAttribute('aria-label') ?? icon?.textContent ?? '');
}

export function fieldLabel(field: Element): string {
  return squash(field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.getAttribute('aria-placeholder') || '');
}

export function fieldKind(field: Element, doc: Document): FieldKind | null {
  const label = fieldLabel(field);
  if (labels.startsWith(doc, 'commentField', label)) return 'comment';
  if (labels.is(doc, 'messageField', label)) return 'message';
  if (labels.startsWith(doc, 'captionField', label)) return 'caption';
  // Without the words (a language with no table, a new wording): where the field is tells what it sends.
  if (field.matches(INSTAGRAM.commentBox) && field.closest(INSTAGRAM.post)) return 'comment';
  if (field.matches(INSTAGRAM.messageBox) && doc.location.pathname.startsWith('/direct/')) return 'message';
  return null;
}

export function fieldIn(container: Element, kind: FieldKind, doc: Document): Element | null {
  for (const f of container.querySelectorAll(INSTAGRAM.field)) if (fieldKind(f, doc) === kind) return f;
  return null;
}

export function controlIn(container: Element, key: 'post' | 'send' | 'decline', doc: Document): HTMLElement | null {
  for (const c of container.querySelectorAll(INSTAGRAM.control)) {
    const control = controlFrom(c);
    if (control === c && labels.is(doc, key, controlLabel(c))) return control;
  }
  return null;
}

/** The field a Post or Send button belongs to: its form, or the composer box around it. */
export function fieldNear(control: Element, kind: FieldKind, doc: Document): Element | null {
  const form = control.closest('form');
  const inForm = form && fieldIn(form, kind, doc);
  if (inForm) return inForm;
  const box = ownerOf(control, (el) => fieldIn(el, kind, doc) !== null, { maxDepth: 5 });
  return box && fieldIn(box, kind, doc);
}

/** The Post or Send button beside a field: clicked on Proceed, since editors may ignore a synthetic Enter. */
export function buttonNear(field: Element, key: 'post' | 'send', doc: Document): HTMLElement | null {
  const box = ownerOf(field, (el) => controlIn(el, key, doc) !== null, { maxDepth: 5 });
  return box && controlIn(box, key, doc);
}
