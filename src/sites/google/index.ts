import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';

export const google: SiteAdapter = {
  platform: 'google',
  languages: ['en'],
  recognise(_trigger: Trigger, _doc: Document): GuardedAction | null {
    return null;
  },
};
