import type { Person } from '../../clients/types';
import type { GuardedAction } from '../../guard/action';

/** What each recogniser returns: the action without its platform, which the adapter adds. */
export type Base = Omit<GuardedAction, 'platform'>;

export function withPerson(base: Base, p: Person | null | undefined): Base {
  return p ? { ...base, person: p } : base;
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}
