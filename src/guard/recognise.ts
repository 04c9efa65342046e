import type { GuardedAction, SiteAdapter, Trigger } from './action';

/** The page events a site adapter is asked about; every other event passes untouched. */
export const GUARDED_EVENTS = ['click', 'keydown', 'submit'] as const;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

function isTextField(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Native controls turn Enter/Space into a click of their own, which the click listener sees. */
function activatesItself(el: Element): boolean {
  return el.closest('button, a[href], input, select, summary, label') !== null;
}

/** One page event in the site-independent form an adapter reads, or null when it cannot be a guarded action. */
export function toTrigger(event: Event): Trigger | null {
  const target = event.composedPath()[0];
  if (event.type === 'submit') {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return null;
    const submitter = (event as SubmitEvent).submitter;
    return { type: 'submit', form, submitter: submitter instanceof HTMLElement ? submitter : null };
  }
  if (!(target instanceof Element)) return null;
  if (event.type === 'click') return { type: 'activate', target };
  if (event.type !== 'keydown') return null;
  const key = event as KeyboardEvent;
  if (key.isComposing || key.repeat) return null;
  if (key.key === 'Enter' && isTextField(target)) {
    return { type: 'send', target, shift: key.shiftKey, ctrlOrMeta: key.ctrlKey || key.metaKey, alt: key.altKey };
  }
  if ((key.key === 'Enter' || key.key === ' ') && !isTextField(target) && !activatesItself(target)) {
    return { type: 'activate', target };
  }
  return null;
}

/**
 * Space on a button that is not native (`div[role=button]`) activates it on keyup, not keydown. When the
 * keydown is held, the keyup that belongs to it is held too (and replayed with it), so the page never sees half.
 */
export function isSpaceActivation(event: Event): boolean {
  return (event.type === 'keydown' || event.type === 'keyup') && (event as KeyboardEvent).key === ' ';
}

/**
 * Step 1, recognise: is this page event a guarded action on this site? Synchronous and
 * cheap, as it runs for every click and key in the capture phase. Throws what the adapter throws.
 */
export function recognise(event: Event, adapter: SiteAdapter, page: Document): GuardedAction | null {
  const trigger = toTrigger(event);
  const action = trigger ? adapter.recognise(trigger, page) : null;
  // Enter in an empty composer sends nothing on any site (Lexical, textareas): it is no action to ask about.
  if (trigger?.type === 'send' && action?.draft !== undefined && action.draft.trim() === '') return null;
  return action;
}
