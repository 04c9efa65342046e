import { locale, t } from '../core/i18n';
import { RULE_NAMES } from '../core/vocabulary';
import type { Intervention } from '../guard/decide';
import { flagList } from './reminder-flags';

/**
 * What the reminder shows, built with plain DOM (the content scripts stay small): the dialog that asks,
 * and the notice that only tells. Page text arrives here as strings and is only ever set as text.
 * reminder.ts mounts them in the closed root and answers the therapist's input.
 */

/** How long a "remind" notice stays unless closed: long enough to read, counted down where it shows. */
export const NOTICE_SECONDS = 15;

export type ReminderChoice = { choice: 'stop' } | { choice: 'proceed'; reason?: string };

/** Everything the reminder says. Page text arrives here as strings and is only ever set as text. */
export interface ReminderContent {
  question: string;
  /** The person as the page shows them, or null in discreet mode or when unknown. */
  person: string | null;
  platform: string;
  control: string;
  risk?: string;
  intervention: Intervention;
  /** The client list is locked with a passphrase: only the rules for everyone apply, and the reminder says so. */
  locked?: boolean;
  /** The client list had not reached the page in time: asked as if it were a client, and said so. */
  unchecked?: boolean;
}

/** Said when the client list is locked, in the reminder and in the notice. */
export const lockedNote = (): string => t('reminder_locked');

/** An element with its attributes and children (text only: page text is never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** What the reminder says about the client list: how sure the match is, or which client names the draft holds. */
export function clientBadge(content: Pick<ReminderContent, 'intervention'>): string | null {
  const { client, mentions } = content.intervention;
  if (mentions.length > 0) return t('reminder_namesClient', mentions.map((m) => t('reminder_quoted', m)).join(', '));
  if (client === 'yes') return t('reminder_onList');
  if (client === 'possible') return t(content.intervention.sameName ? 'reminder_sameName' : 'reminder_possible');
  return null;
}

/** The alertdialog that asks (DESIGN.md's contract: data-choice buttons, data-reason, data-flag). */
export function dialogView(d: Document, content: ReminderContent): HTMLElement {
  const { intervention } = content;
  const titleId = 'bg-title';
  const dialog = el(d, 'div', {
    class: 'dialog',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': titleId,
    'aria-describedby': 'bg-policy',
    // The extension's language, which may not be the page's: screen readers read it right.
    lang: locale(),
  });
  dialog.append(
    el(d, 'p', { class: 'brand' }, t('reminder_brand', content.platform)),
    el(d, 'h2', { id: titleId }, content.question),
    el(
      d,
      'p',
      { class: 'who' },
      content.person ? t('reminder_who', content.person, content.control) : t('reminder_control', content.control),
    ),
  );
  const badge = clientBadge(content);
  if (badge) dialog.append(el(d, 'p', { class: 'badge' }, badge));
  if (content.locked) dialog.append(el(d, 'p', { class: 'locked', 'data-locked': '' }, lockedNote()));
  if (content.unchecked) dialog.append(el(d, 'p', { class: 'locked', 'data-unchecked': '' }, t('reminder_unchecked')));
  if (content.risk) dialog.append(el(d, 'p', { class: 'risk' }, content.risk));
  if (intervention.flags?.length) dialog.append(flagList(d, intervention.flags));
  dialog.append(
    el(d, 'blockquote', { id: 'bg-policy' }, el(d, 'b', {}, t('reminder_policy', intervention.clause.title)), intervention.clause.text),
  );
  if (intervention.suggestedReply) {
    dialog.append(
      el(
        d,
        'p',
        { class: 'suggest' },
        t('reminder_suggest'),
        el(d, 'q', {}, intervention.suggestedReply),
        el(d, 'button', { type: 'button', 'data-copy': '' }, t('reminder_copy')),
      ),
    );
  }
  if (intervention.level === 'reason') {
    dialog.append(el(d, 'label', {}, t('reminder_reason'), el(d, 'textarea', { 'data-reason': '', rows: '3' })));
  }
  const buttons = el(d, 'div', { class: 'buttons' });
  if (intervention.level !== 'block') {
    const proceed = el(d, 'button', { type: 'button', 'data-choice': 'proceed' }, t('reminder_proceed'));
    if (intervention.level === 'reason') proceed.disabled = true;
    buttons.append(proceed);
  }
  buttons.append(
    el(d, 'button', { type: 'button', 'data-choice': 'stop' }, t(intervention.level === 'block' ? 'reminder_okStop' : 'reminder_stop')),
  );
  dialog.append(buttons);
  return dialog;
}

/** What a "remind" notice says: who and what, whether they are a client, that it already went through, and the policy. */
export function noticeLines(d: Document, content: ReminderContent): HTMLElement[] {
  const { intervention } = content;
  const action = RULE_NAMES[intervention.rule];
  return [
    el(d, 'p', {}, el(d, 'strong', {}, t('reminder_brand', intervention.clause.title))),
    el(d, 'p', { 'data-notice-what': '' }, content.person ? t('notice_what', action, content.person) : action),
    el(d, 'p', { class: 'notice-client', 'data-notice-client': '' }, clientBadge(content) ?? t('notice_notClient')),
    el(d, 'p', { 'data-notice-done': '' }, t('notice_wentThrough')),
    el(d, 'p', {}, intervention.clause.text),
    ...(content.locked ? [el(d, 'p', { class: 'locked', 'data-locked': '' }, lockedNote())] : []),
    ...(content.unchecked ? [el(d, 'p', { class: 'locked', 'data-unchecked': '' }, t('reminder_unchecked'))] : []),
  ];
}

/** A notice box around its lines, with the countdown (shown) and the same said once to screen readers, and Close. */
export function noticeView(d: Document, lines: readonly Node[]): { box: HTMLElement; countdown: HTMLElement } {
  const countdown = el(d, 'span', { class: 'countdown', 'aria-hidden': 'true' }, t('notice_closesIn', NOTICE_SECONDS));
  const box = el(
    d,
    'div',
    { class: 'notice', role: 'status', lang: locale() },
    ...lines,
    el(d, 'span', { class: 'sr-only' }, t('notice_closesInFull', NOTICE_SECONDS)),
    el(d, 'div', { class: 'notice-foot' }, countdown, el(d, 'button', { type: 'button', 'data-notice-close': '' }, t('notice_close'))),
  );
  return { box, countdown };
}
