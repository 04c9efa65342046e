import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClientMatcher } from '../../src/clients/matcher';
import type { LogEntry } from '../../src/core/log';
import type { GuardedAction, SiteAdapter } from '../../src/guard/action';
import { type GuardEnv, startGuard } from '../../src/guard/engine';
import { defaultSettings } from '../../src/policy/defaults';
import type { Settings } from '../../src/policy/schema';
import { useLanguage } from '../support/i18n-setup';
import { getMessageIn } from '../support/messages';
import { press, reminderRoot } from './support/reminder';

/**
 * The reminder in the browser's language: every word of it from the messages, none from the code,
 * so a Spanish browser shows it in Spanish while the page's own text (names, button labels) stays as is.
 */
const es = getMessageIn('es');

/** A site whose buttons say what they do: data-kind on the button, the person in data-person, the text in data-draft. */
const site: SiteAdapter = {
  platform: 'facebook',
  recognise(trigger) {
    if (trigger.type !== 'activate') return null;
    const button = trigger.target.closest<HTMLElement>('[data-kind]');
    if (!button) return null;
    return {
      kind: button.dataset.kind as GuardedAction['kind'],
      platform: 'facebook',
      control: button.textContent ?? '',
      ...(button.dataset.person ? { person: { name: button.dataset.person } } : {}),
      ...(button.dataset.draft ? { draft: button.dataset.draft } : {}),
    };
  },
};

let stop: (() => void) | null = null;

function guard(settings: Settings, env: Partial<GuardEnv> = {}): LogEntry[] {
  const log: LogEntry[] = [];
  stop = startGuard(
    site,
    {
      settings: () => settings,
      matcher: () => new ClientMatcher([{ id: 'c1', name: 'Lucía Fernández', aliases: [], handles: {} }]),
      paused: () => false,
      log: (e) => log.push(e),
      report: () => {},
      now: () => 0,
      ...env,
    },
    { isInvalid: false, onInvalidated: () => {} },
  );
  return log;
}

function button(kind: string, label: string, person?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.dataset.kind = kind;
  if (person) b.dataset.person = person;
  b.textContent = label;
  document.body.append(b);
  return b;
}

const shadow = () => reminderRoot();
function stopButton(): HTMLButtonElement {
  const stop = shadow()?.querySelector<HTMLButtonElement>('[data-choice="stop"]');
  if (!stop) throw new Error('no Stop button');
  return stop;
}
const text = (selector: string) => shadow()?.querySelector(selector)?.textContent ?? null;

afterEach(() => {
  stop?.();
  stop = null;
  useLanguage('en');
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'confirm');
  document.body.replaceChildren();
});

describe('the reminder in Spanish', () => {
  it('asks, warns and quotes the Spanish seed policy; the page’s own words stay as they are', () => {
    useLanguage('es');
    const settings = defaultSettings();
    guard(settings);
    button('connect.accept', 'Confirm', 'Lucía Fernández').click();
    expect(text('[role="alertdialog"] h2')).toBe(es('ask_connectAccept'));
    expect(text('.brand')).toBe('Boundary Guard · Facebook');
    expect(text('.who')).toBe('Lucía Fernández · “Confirm”');
    // Matched by name only (no handle on the page): a namesake is possible, and the badge says so.
    expect(text('.badge')).toBe('Mismo nombre que alguien de tu lista de clientes');
    expect(text('.risk')).toBe(es('risk_connectAccept'));
    expect(text('blockquote b')).toBe(`Tu política · ${es('clauseTitle_friending')}`);
    expect(text('blockquote')).toContain(es('clause_friending_never'));
    expect(settings.clauses.friending.text).toBe(es('clause_friending_never'));
    expect(shadow()?.querySelector('[role="alertdialog"]')?.getAttribute('lang')).toBe('es');
    expect(text('[data-choice="stop"]')).toBe('Detener');
    expect(text('[data-choice="proceed"]')).toBe('Continuar');
  });

  it('a reason, a block and a notice', () => {
    useLanguage('es');
    const settings = defaultSettings();
    settings.rules['connect.request'].level = 'reason';
    settings.rules['review.respond'].level = 'block';
    settings.rules['connect.accept'].level = 'remind';
    guard(settings);
    button('connect.request', 'Add friend').click();
    expect(shadow()?.querySelector('label')?.firstChild?.textContent).toBe(es('reminder_reason'));
    press(stopButton());
    button('review.respond', 'Comment').click();
    expect(text('[data-choice="stop"]')).toBe('De acuerdo, detener');
    expect(shadow()?.querySelector('[data-choice="proceed"]')).toBeNull();
    expect(text('.suggest')).toContain(es('reminder_suggest'));
    expect(text('.suggest q')).toBe(es('seed_reviewReply'));
    press(stopButton());
    button('connect.accept', 'Confirm').click();
    expect(text('[role="status"] strong')).toBe(`Boundary Guard · ${es('clauseTitle_friending')}`);
  });

  it('names the client found in a draft, each name quoted as written', () => {
    useLanguage('es');
    guard(defaultSettings());
    const b = button('post', 'Publish');
    b.dataset.draft = 'Saludos a lucía fernández';
    b.click();
    expect(text('.badge')).toBe('Nombra a alguien de tu lista de clientes: “lucía fernández”');
  });
});

describe('the plain confirm after an error', () => {
  it('is in the browser’s language', () => {
    useLanguage('es');
    const confirm = vi.fn((_: string) => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
    const settings = defaultSettings();
    guard(settings, {
      matcher: () => {
        throw new Error('broken');
      },
    });
    button('connect.accept', 'Confirm').click();
    expect(confirm.mock.calls[0]?.[0]).toBe(
      [`Boundary Guard: ${es('ask_connectAccept')}`, es('clause_friending_never'), es('fallback_choose')].join('\n\n'),
    );
  });

  it('is still shown when the messages cannot be read (an extension reloaded under the page)', () => {
    const confirm = vi.fn((_: string) => true);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
    const settings = defaultSettings();
    const log = guard(settings, {
      matcher: () => {
        throw new Error('broken');
      },
    });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    button('connect.accept', 'Confirm').click();
    expect(confirm).toHaveBeenCalledTimes(1);
    // No words can be read: the confirm still asks, under the extension's name, and OK lets the action through.
    expect(confirm.mock.calls[0]?.[0]).toBe('Boundary Guard');
    expect(log).toEqual([expect.objectContaining({ choice: 'proceeded', fallback: true })]);
  });
});
