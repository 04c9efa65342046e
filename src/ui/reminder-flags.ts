import { t } from '../core/i18n';
import type { ShownFlag } from '../guard/decide';

/**
 * What the draft says, for the reminder: each flagged phrase of the draft in an element with
 * `data-flag` (its category as the value; the test contract in DESIGN.md), and one line of
 * why it matters. The phrases are the draft's own text, set as text only.
 */
export function flagList(doc: Document, flags: readonly ShownFlag[]): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'flags';
  const heading = doc.createElement('p');
  heading.textContent = t('reminder_flagged');
  const list = doc.createElement('ul');
  for (const flag of flags) {
    const item = doc.createElement('li');
    const phrase = doc.createElement('mark');
    phrase.setAttribute('data-flag', flag.category);
    phrase.textContent = t('reminder_quoted', flag.text);
    item.append(phrase, ` — ${flag.why}`);
    list.append(item);
  }
  box.append(heading, list);
  return box;
}
