import { PLATFORM_NAMES } from '../core/vocabulary';
import { ACTION_QUESTIONS, ACTION_RISKS, PRIVATE_RISKS } from '../ui/copy';
import type { ReminderContent } from '../ui/reminder-view';
import type { GuardedAction, SiteAdapter } from './action';
import type { Intervention } from './decide';

/** A handle as X and Instagram write it; Facebook's profile numbers are never shown. */
const atHandle = (handle: string): string | null => (handle.startsWith('id:') ? null : `@${handle}`);

/** The person as the page shows them: "Name (@handle)", the name, or "@handle"; account numbers are never shown. */
function shownPerson(action: GuardedAction, shownHandle: (handle: string) => string | null): string | null {
  const p = action.person;
  const handle = p?.handle ? shownHandle(p.handle) : null;
  if (p?.name && handle) return `${p.name} (${handle})`;
  return p?.name ?? handle;
}

/** What the reminder says about one intervention; pure. */
export function describe(
  action: GuardedAction,
  intervention: Intervention,
  discreet: boolean,
  locked: boolean,
  site: Pick<SiteAdapter, 'shownHandle'> = {},
): ReminderContent {
  const risk =
    intervention.rule === 'post' && action.kind !== 'post'
      ? ACTION_RISKS.post
      : ((action.audience === 'private' ? PRIVATE_RISKS[action.kind] : undefined) ?? ACTION_RISKS[action.kind]);
  return {
    question: ACTION_QUESTIONS[action.kind === 'follow' && action.back ? 'follow.back' : action.kind],
    person: discreet ? null : shownPerson(action, site.shownHandle ?? atHandle),
    platform: PLATFORM_NAMES[action.platform],
    control: action.control,
    // Discreet (screen sharing): nothing that says who is a client, neither the names nor "on your client list".
    ...(risk && !(discreet && intervention.rule === 'post') ? { risk } : {}),
    intervention: discreet ? { ...intervention, mentions: [], client: 'no' } : intervention,
    ...(locked ? { locked } : {}),
  };
}
