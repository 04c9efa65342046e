import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { t } from '../../src/core/i18n';
import type { LogEntry } from '../../src/core/log';
import type { GuardedAction, SiteAdapter, Trigger } from '../../src/guard/action';
import type { Asker } from '../../src/guard/asker';
import { decide, type Intervention } from '../../src/guard/decide';
import { describe as describeAction } from '../../src/guard/describe';
import { type GuardEnv, startGuard } from '../../src/guard/engine';
import { confirmPlainly, fallbackEntry } from '../../src/guard/fallback';
import { Grants } from '../../src/guard/grants';
import { afterGrant, matchAction } from '../../src/guard/match';
import { recognise } from '../../src/guard/recognise';
import { type Held, logEntry, type Settling, settle, verdict } from '../../src/guard/settle';
import { defaultSettings } from '../../src/policy/defaults';
import type { ReminderChoice, ReminderContent } from '../../src/ui/reminder';

/**
 * Each step of a click's path (src/guard/engine.ts) driven alone:
 * recognise → match → decide → ask → settle. test/dom/engine.test.ts drives them together on real pages.
 */

const MARIA: Client = { id: 'c-maria', name: 'María José Pérez', aliases: [], handles: { facebook: 'maria.perez' } };
const SAM: Client = { id: 'c-sam', name: 'Sam Lee', aliases: [], handles: {} };
const ACCEPT: GuardedAction = {
  kind: 'connect.accept',
  platform: 'facebook',
  control: 'Confirm',
  person: { name: 'María Pérez', handle: 'maria.perez' },
};
const CONFIRM: Intervention = {
  level: 'confirm',
  rule: 'connect.accept',
  clause: { title: 'Friending', text: 'I do not friend clients.' },
  client: 'yes',
  mentions: [],
};

afterEach(() => {
  document.body.replaceChildren();
});

/** Runs `read` inside the dispatch of `event` at `target`, where composedPath() is filled, as the engine reads it. */
function during<T>(target: Element, event: Event, read: (e: Event) => T): T | undefined {
  let result: { value: T } | { error: unknown } | undefined;
  const listener = (e: Event) => {
    try {
      result = { value: read(e) };
    } catch (error) {
      result = { error };
    }
  };
  window.addEventListener(event.type, listener, true);
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener, true);
  if (result && 'error' in result) throw result.error;
  return result?.value;
}

/** An adapter that records what it was asked and recognises whatever has data-guarded. */
function recordingAdapter(): SiteAdapter & { triggers: Trigger[] } {
  const triggers: Trigger[] = [];
  return {
    platform: 'facebook',
    triggers,
    recognise(trigger) {
      triggers.push(trigger);
      const target = trigger.type === 'submit' ? trigger.form : trigger.target;
      return target.closest('[data-guarded]') ? { ...ACCEPT } : null;
    },
  };
}

describe('step 1, recognise', () => {
  it('a click asks the adapter about the element clicked', () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.dataset.guarded = '';
    const adapter = recordingAdapter();
    const action = during(button, new MouseEvent('click', { bubbles: true, composed: true }), (e) => recognise(e, adapter, document));
    expect(action).toEqual(ACCEPT);
    expect(adapter.triggers).toEqual([{ type: 'activate', target: button }]);
  });

  it('Enter in a text field is a send, with its modifiers; Enter on a button is left to the click it causes', () => {
    const field = document.body.appendChild(document.createElement('textarea'));
    const button = document.body.appendChild(document.createElement('button'));
    const adapter = recordingAdapter();
    const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init });
    during(field, enter({ shiftKey: true }), (e) => recognise(e, adapter, document));
    expect(adapter.triggers).toEqual([{ type: 'send', target: field, shift: true, ctrlOrMeta: false, alt: false }]);
    expect(during(button, enter(), (e) => recognise(e, adapter, document))).toBeNull();
    expect(during(field, enter({ repeat: true }), (e) => recognise(e, adapter, document))).toBeNull();
    expect(during(field, new KeyboardEvent('keydown', { key: 'a', bubbles: true }), (e) => recognise(e, adapter, document))).toBeNull();
    expect(adapter.triggers).toHaveLength(1);
  });

  it('Enter in an empty composer (or one of blanks) is no send on any site; a button that sends nothing is still asked about', () => {
    const field = document.body.appendChild(document.createElement('textarea'));
    const button = document.body.appendChild(document.createElement('button'));
    button.dataset.guarded = '';
    const withDraft = (draft: string): SiteAdapter => ({
      platform: 'instagram',
      recognise: () => ({ kind: 'reply', platform: 'instagram', control: 'Enter', draft, step: 'send' }),
    });
    const enter = () => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true });
    expect(during(field, enter(), (e) => recognise(e, withDraft(''), document))).toBeNull();
    expect(during(field, enter(), (e) => recognise(e, withDraft(' \n\u00a0 '), document))).toBeNull();
    expect(during(field, enter(), (e) => recognise(e, withDraft('Hi'), document))?.draft).toBe('Hi');
    const click = new MouseEvent('click', { bubbles: true, composed: true });
    expect(during(button, click, (e) => recognise(e, withDraft(''), document))?.kind).toBe('reply');
  });

  it('a submit names its form and submitter', () => {
    const form = document.body.appendChild(document.createElement('form'));
    const adapter = recordingAdapter();
    during(form, new Event('submit', { bubbles: true, cancelable: true }), (e) => recognise(e, adapter, document));
    expect(adapter.triggers).toEqual([{ type: 'submit', form, submitter: null }]);
  });

  it("passes the adapter's error on (the engine reports it and lets the page have the event)", () => {
    const div = document.body.appendChild(document.createElement('div'));
    const broken: SiteAdapter = {
      platform: 'x',
      recognise: () => {
        throw new TypeError('selector');
      },
    };
    expect(() => during(div, new MouseEvent('click', { bubbles: true }), (e) => recognise(e, broken, document))).toThrow('selector');
  });
});

describe('step 2, match', () => {
  const matcher = new ClientMatcher([MARIA, SAM]);

  it('no matcher (list loading or locked): no one', () => {
    expect(matchAction(ACCEPT, null)).toEqual({ person: null, mentions: [] });
  });

  it('the person acted on and the clients named in the draft', () => {
    const m = matchAction({ ...ACCEPT, kind: 'reply', draft: 'Thanks Sam Lee!' }, matcher);
    expect(m.person).toEqual(expect.objectContaining({ clientId: 'c-maria', certainty: 'exact' }));
    expect(m.mentions.map((x) => x.clientId)).toEqual(['c-sam']);
  });

  it('a grant covers the person it was given for; another client named in the draft is still a post', () => {
    const reply: GuardedAction = { ...ACCEPT, kind: 'reply', step: 'send', draft: 'Hi María José Pérez' };
    expect(afterGrant(reply, matchAction(reply, matcher), { clientId: 'c-maria' })).toBeNull();
    const both = { ...reply, draft: 'Hi María José Pérez and Sam Lee' };
    const left = afterGrant(both, matchAction(both, matcher), { clientId: 'c-maria' });
    expect(left?.action.kind).toBe('post');
    expect(left?.matches.person).toBeNull();
    expect(left?.matches.mentions.map((x) => x.clientId)).toEqual(['c-sam']);
  });
});

describe('step 3, decide and describe', () => {
  it('what the reminder says: the person as shown, never a profile id; nothing that names a client when discreet', () => {
    const intervention = decide(ACCEPT, defaultSettings(), {
      person: { clientId: 'c-maria', certainty: 'exact', via: 'handle' },
      mentions: [],
    });
    expect(intervention).not.toBeNull();
    if (!intervention) return;
    const said = describeAction(ACCEPT, intervention, false, false);
    expect(said).toEqual(expect.objectContaining({ person: 'María Pérez (@maria.perez)', platform: 'Facebook', control: 'Confirm' }));
    expect(said.question).toBe(t('ask_connectAccept'));
    expect(said.locked).toBeUndefined();
    const byId = describeAction({ ...ACCEPT, person: { handle: 'id:100001234567890' } }, intervention, false, true);
    expect(byId.person).toBeNull();
    expect(byId.locked).toBe(true);
    const discreet = describeAction(ACCEPT, intervention, true, false);
    expect(discreet.person).toBeNull();
    expect(discreet.intervention.client).toBe('no');
  });
});

/** An asker that shows nothing and answers when told. */
function fakeAsker(): Asker & {
  asked: ReminderContent[];
  told: ReminderContent[];
  answer(choice: ReminderChoice): void;
  routed: string[];
} {
  let pending: ((choice: ReminderChoice) => void) | null = null;
  const asker = {
    events: ['mousedown'],
    asked: [] as ReminderContent[],
    told: [] as ReminderContent[],
    routed: [] as string[],
    owns: (event: Event) => event.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-asker')),
    handle: (event: Event) => {
      asker.routed.push(event.type);
    },
    open(content: ReminderContent, answer: (choice: ReminderChoice) => void) {
      asker.asked.push(content);
      pending = answer;
    },
    notice(content: ReminderContent) {
      asker.told.push(content);
    },
    close() {
      pending = null;
    },
    answer(choice: ReminderChoice) {
      const done = pending;
      pending = null;
      done?.(choice);
    },
  };
  return asker;
}

function fakeEnv(log: LogEntry[], settings = defaultSettings()): GuardEnv {
  return {
    settings: () => settings,
    matcher: () => new ClientMatcher([MARIA]),
    paused: () => false,
    log: (e) => log.push(e),
    report: () => {},
    now: () => 1000,
  };
}

describe('step 4, ask (through the Asker interface)', () => {
  const lifetime = { isInvalid: false, onInvalidated: () => {} };

  function setup(settings = defaultSettings()) {
    const button = document.body.appendChild(document.createElement('button'));
    button.dataset.guarded = '';
    const clicks: number[] = [];
    button.addEventListener('click', () => clicks.push(1));
    const asker = fakeAsker();
    const log: LogEntry[] = [];
    const stop = startGuard(recordingAdapter(), fakeEnv(log, settings), lifetime, window, asker);
    return { button, clicks, asker, log, stop };
  }

  it('holds the event, asks once, and a Proceed replays it exactly once', () => {
    const { button, clicks, asker, log, stop } = setup();
    button.click();
    expect(clicks).toEqual([]);
    expect(asker.asked).toHaveLength(1);
    expect(asker.asked[0]?.intervention).toEqual(expect.objectContaining({ level: 'confirm', client: 'yes' }));
    asker.answer({ choice: 'proceed' });
    expect(clicks).toEqual([1]);
    expect(asker.asked).toHaveLength(1);
    expect(log.map((e) => e.choice)).toEqual(['proceeded']);
    stop();
  });

  it('a Stop: nothing reaches the page; a second question over an unanswered one logs the first as stopped', () => {
    const { button, clicks, asker, log, stop } = setup();
    button.click();
    button.click();
    expect(log.map((e) => e.choice)).toEqual(['stopped']);
    asker.answer({ choice: 'stop' });
    expect(clicks).toEqual([]);
    expect(log.map((e) => e.choice)).toEqual(['stopped', 'stopped']);
    stop();
  });

  it('the remind level tells without asking, and the action goes on', () => {
    const settings = defaultSettings();
    settings.rules['connect.accept'] = { level: 'remind', scope: 'always' };
    const { button, clicks, asker, log, stop } = setup(settings);
    button.click();
    expect(asker.asked).toEqual([]);
    expect(asker.told).toHaveLength(1);
    expect(clicks).toEqual([1]);
    expect(log.map((e) => e.choice)).toEqual(['noticed']);
    stop();
  });

  it("events from the asker's own elements go to it, never to the page", () => {
    const { asker, stop } = setup();
    const inside = document.body.appendChild(document.createElement('div'));
    inside.setAttribute('data-asker', '');
    const seen: string[] = [];
    inside.addEventListener('mousedown', () => seen.push('mousedown'));
    inside.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    expect(asker.routed).toEqual(['mousedown']);
    expect(seen).toEqual([]);
    stop();
  });
});

describe('step 5, settle', () => {
  function held(intervention: Intervention = CONFIRM, action: GuardedAction = ACCEPT): Held & { restored: number } {
    return {
      event: new MouseEvent('click'),
      action,
      matches: { person: { clientId: 'c-maria', certainty: 'exact', via: 'handle' }, mentions: [] },
      intervention,
      person: null,
      restored: 0,
      restore() {
        this.restored++;
      },
    };
  }

  function settling() {
    const reports: string[] = [];
    const s = {
      grants: new Grants(),
      log: vi.fn((_entry: LogEntry) => {}),
      report: (_e, where) => reports.push(where),
      now: () => 5000,
      release: vi.fn((_event: Event, _action: GuardedAction) => {}),
      where: 'facebook',
    } satisfies Settling;
    return { ...s, reports };
  }

  it('the verdict: a block never proceeds; a reason is kept only with a Proceed', () => {
    expect(verdict('block', { choice: 'proceed', reason: 'x' })).toEqual({ choice: 'blocked', proceed: false });
    expect(verdict('confirm', { choice: 'stop' })).toEqual({ choice: 'stopped', proceed: false });
    expect(verdict('reason', { choice: 'proceed', reason: 'colleague' })).toEqual({
      choice: 'proceeded',
      proceed: true,
      reason: 'colleague',
    });
    expect(verdict('confirm', { choice: 'proceed' })).toEqual({ choice: 'proceeded', proceed: true });
  });

  it('the log entry carries the person only when given', () => {
    expect(logEntry(ACCEPT, CONFIRM, null, 1, 'stopped')).toEqual({
      at: 1,
      platform: 'facebook',
      kind: 'connect.accept',
      level: 'confirm',
      client: 'yes',
      choice: 'stopped',
    });
    expect(logEntry(ACCEPT, CONFIRM, 'María Pérez', 1, 'proceeded', 'why')).toEqual(
      expect.objectContaining({ person: 'María Pérez', reason: 'why' }),
    );
  });

  it('Proceed: focus back, logged, released once; at an opening step, the send that follows is covered', () => {
    const h = held(CONFIRM, { ...ACCEPT, kind: 'reply', step: 'open' });
    const s = settling();
    settle(h, { choice: 'proceed' }, s);
    expect(h.restored).toBe(1);
    expect(s.log).toHaveBeenCalledWith(expect.objectContaining({ choice: 'proceeded', at: 5000 }));
    expect(s.release).toHaveBeenCalledTimes(1);
    expect(s.grants.take({ ...ACCEPT, kind: 'reply', step: 'send' }, 6000)).toEqual({ clientId: 'c-maria' });
  });

  it('Stop and block: logged, nothing released', () => {
    const s = settling();
    settle(held(), { choice: 'stop' }, s);
    settle(held({ ...CONFIRM, level: 'block' }), { choice: 'proceed' }, s);
    expect(s.log.mock.calls.map(([e]) => (e as LogEntry).choice)).toEqual(['stopped', 'blocked']);
    expect(s.release).not.toHaveBeenCalled();
  });

  it('a failure around the choice is reported and does not swallow a Proceed', () => {
    const h = held();
    h.restore = () => {
      throw new Error('focus');
    };
    const s = settling();
    settle(h, { choice: 'proceed' }, s);
    expect(s.reports).toEqual(['answer:facebook']);
    expect(s.release).toHaveBeenCalledTimes(1);
  });
});

describe('the fallback confirm', () => {
  it('asks with the question, the clause and the choice; the answer decides', () => {
    const confirm = vi.fn(() => false);
    expect(confirmPlainly(ACCEPT, { settings: defaultSettings, confirm, report: () => {} })).toBe(false);
    const text = defaultSettings().clauses.friending.text;
    expect(confirm).toHaveBeenCalledWith(
      [t('fallback_question', t('ask_connectAccept')), text, t('fallback_choose')].filter(Boolean).join('\n\n'),
    );
  });

  it('broken settings still give a confirm; no confirm at all lets the action go on', () => {
    const reports: string[] = [];
    const confirm = vi.fn(() => true);
    const broken = () => {
      throw new Error('settings');
    };
    expect(confirmPlainly(ACCEPT, { settings: broken, confirm, report: (_e, w) => reports.push(w) })).toBe(true);
    expect(reports).toEqual(['fallback']);
    const noConfirm = () => {
      throw new Error('sandboxed');
    };
    expect(confirmPlainly(ACCEPT, { settings: defaultSettings, confirm: noConfirm, report: (_e, w) => reports.push(w) })).toBe(true);
    expect(reports).toEqual(['fallback', 'fallback-confirm']);
    expect(fallbackEntry(ACCEPT, false, 7)).toEqual(
      expect.objectContaining({ choice: 'stopped', fallback: true, level: 'confirm', client: 'no', at: 7 }),
    );
  });
});
