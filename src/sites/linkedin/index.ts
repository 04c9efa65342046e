import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  languages: ['en'],
  recognise(_trigger: Trigger, _doc: Document): GuardedAction | null {
    return null;
  },
};
