import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf } from '../dom';
import { type Base, fromEnter, fromField, fromReply } from './comments';
import { controlIn, controlLabel, fieldIn, fieldNear } from './controls';
import { instagramLabels as labels } from './labels';
import { followed, personIn, rowOf } from './people';
import { INSTAGRAM } from './selectors';

export { controlLabel } from './controls';
export { handleOfLink } from './people';

const CONTROL_KEYS = ['followBack', 'follow', 'accept', 'reply', 'post', 'send', 'share'] as const;

function fromControl(target: Element, doc: Document): Base | null {
  const control = controlFrom(target);
  if (!control || control.closest(INSTAGRAM.field)) return null;
  const label = controlLabel(control);
  const key = labels.which(doc, CONTROL_KEYS, label);
  switch (key) {
    case 'followBack':
    case 'follow': {
      const person = followed(control, doc);
      return { kind: 'follow', control: label, ...(key === 'followBack' ? { back: true } : {}), ...(person ? { person } : {}) };
    }
    case 'accept': {
      // "Confirm" also closes generic dialogs: only a request row (a Delete beside it) counts.
      const row = rowOf(control, doc);
      const box = row ?? control.parentElement;
      if (!box || !controlIn(box, 'decline', doc)) return null;
      const person = row ? personIn(row, doc, true) : null;
      return { kind: 'connect.accept', control: label, ...(person ? { person } : {}) };
    }
    case 'reply':
      return fromReply(control, label, doc);
    case 'post': {
      const field = fieldNear(control, 'comment', doc);
      return field ? fromField(field, 'comment', label, doc) : null;
    }
    case 'send': {
      const field = fieldNear(control, 'message', doc);
      return field ? fromField(field, 'message', label, doc) : null;
    }
    case 'share': {
      const dialog = control.closest(INSTAGRAM.dialog);
      const caption = dialog && fieldIn(dialog, 'caption', doc);
      return caption ? { kind: 'post', control: label, draft: draftOf(caption), step: 'send' } : null;
    }
    default:
      return null;
  }
}

/**
 * A form submitted by a button we do not know by name (an icon, another
 * language). Post and Send buttons are recognised by their click, and Enter by
 * its keydown, so their submits are not counted twice.
 */
function fromSubmit(form: HTMLFormElement, submitter: HTMLElement | null, doc: Document): Base | null {
  if (!submitter) return null;
  const label = controlLabel(submitter);
  if (labels.which(doc, ['post', 'send'], label)) return null;
  for (const kind of ['comment', 'message'] as const) {
    const field = fieldIn(form, kind, doc);
    if (field) return fromField(field, kind, label || 'Submit', doc);
  }
  return null;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  languages: labels.languages,
  recognise(trigger: Trigger, doc: Document): GuardedAction | null {
    let base: Base | null = null;
    if (trigger.type === 'activate') base = fromControl(trigger.target, doc);
    else if (trigger.type === 'send') base = trigger.shift || trigger.alt ? null : fromEnter(trigger.target, doc);
    else base = fromSubmit(trigger.form, trigger.submitter, doc);
    return base ? { ...base, platform: 'instagram' } : null;
  },
};
