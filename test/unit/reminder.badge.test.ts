import { afterEach, describe, expect, it } from 'vitest';
import { ClientMatcher } from '../../src/clients/matcher';
import type { GuardedAction } from '../../src/guard/action';
import { decide } from '../../src/guard/decide';
import { matchAction } from '../../src/guard/match';
import { defaultSettings } from '../../src/policy/defaults';
import { clientBadge } from '../../src/ui/reminder-view';
import { useLanguage } from '../support/i18n-setup';
import { getMessageIn } from '../support/messages';

/** How sure the match is, in words: only a handle or profile id is "on your client list"; a name is not. */

const LIST = new ClientMatcher([
  { id: 'maria', name: 'María José Pérez', aliases: [], handles: { facebook: 'id:100001234567890', x: 'mariajp' } },
]);

function badgeFor(person: GuardedAction['person'], draft?: string): string | null {
  const action: GuardedAction = { kind: 'connect.accept', platform: 'facebook', control: 'Confirm', person, ...(draft ? { draft } : {}) };
  const intervention = decide(action, defaultSettings(), matchAction(action, LIST));
  return intervention ? clientBadge({ intervention }) : null;
}

afterEach(() => useLanguage('en'));

describe.each(['en', 'es'])('the client badge (%s)', (lang) => {
  const m = getMessageIn(lang);

  it('a handle or profile id on the list: on your client list', () => {
    useLanguage(lang);
    expect(badgeFor({ handle: 'id:100001234567890', name: 'Someone Else' })).toBe(m('reminder_onList'));
  });

  it('the whole name alone: the same name as someone on the list', () => {
    useLanguage(lang);
    expect(badgeFor({ name: 'María José Pérez', handle: 'maria.other' })).toBe(m('reminder_sameName'));
  });

  it('a middle name or second surname left out: possibly on the list', () => {
    useLanguage(lang);
    expect(badgeFor({ name: 'Maria Perez' })).toBe(m('reminder_possible'));
  });

  it('not on the list: nothing', () => {
    useLanguage(lang);
    expect(badgeFor({ name: 'Ana Gómez' })).toBeNull();
  });
});

it('the English and Spanish wording', () => {
  expect(getMessageIn('en')('reminder_sameName')).toBe('Same name as someone on your client list');
  expect(getMessageIn('en')('reminder_onList')).toBe('On your client list');
  expect(getMessageIn('es')('reminder_sameName')).toBe('Mismo nombre que alguien de tu lista de clientes');
});
