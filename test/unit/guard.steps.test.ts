import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { t } from '../../src/core/i18n';
import type { LogEntry } from '../../src/core/log';
import type { GuardedAction, SiteAdapter, Trigger } from '../../src/guard/action';
import { AGAIN_MS, Again, againKey } from '../../src/guard/again';
import type { Asker } from '../../src/guard/asker';
import { ATTEMPT_TIMEOUT_MS, ClientList, type ClientListState, LOAD_DELAYS } from '../../src/guard/client-list';
import { decide, type Intervention, waitsForClients } from '../../src/guard/decide';
import { describe as describeAction } from '../../src/guard/describe';
import { CHECK_MS, CLIENTS_WAIT_MS, type GuardEnv, startGuard } from '../../src/guard/engine';
import { confirmPlainly, fallbackEntry } from '../../src/guard/fallback';
import { Grants } from '../../src/guard/grants';
import { afterGrant, matchAction } from '../../src/guard/match';
import { recognise } from '../../src/guard/recognise';
import { replay } from '../../src/guard/replay';
import { type Held, logEntry, type Settling, settle, verdict } from '../../src/guard/settle';
import { defaultSettings } from '../../src/policy/defaults';
import { google } from '../../src/sites/google/index';
import { linkedin } from '../../src/sites/linkedin/index';
import type { ReminderChoice, ReminderContent } from '../../src/ui/reminder-view';

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

  it('the handle as the site writes it: its own form, or none where it is an account number', () => {
    const intervention = decide(ACCEPT, defaultSettings(), { person: null, mentions: [] });
    if (!intervention) return expect.fail('expected a reminder');
    const reviewer = { ...ACCEPT, person: { name: 'Robin Park', handle: '112233445566778899001' } };
    expect(describeAction(reviewer, intervention, false, false, { shownHandle: () => null }).person).toBe('Robin Park');
    expect(
      describeAction({ ...reviewer, person: { handle: '112233445566778899001' } }, intervention, false, false, { shownHandle: () => null })
        .person,
    ).toBeNull();
    const member = { ...ACCEPT, person: { name: 'Maria Perez', handle: 'maria-perez-4b1a2c' } };
    expect(describeAction(member, intervention, false, false, { shownHandle: (h) => `/in/${h}` }).person).toBe(
      'Maria Perez (/in/maria-perez-4b1a2c)',
    );
    expect(describeAction(member, intervention, false, false).person).toBe('Maria Perez (@maria-perez-4b1a2c)');
  });

  it.each([
    [google, { name: 'Robin Park', handle: '112233445566778899001' }, 'Robin Park'],
    [linkedin, { name: 'Maria Perez', handle: 'maria-perez-4b1a2c' }, 'Maria Perez (/in/maria-perez-4b1a2c)'],
  ])('$platform names the person as its pages do', (site, person, shown) => {
    const intervention = decide(ACCEPT, defaultSettings(), { person: null, mentions: [] });
    if (!intervention) return expect.fail('expected a reminder');
    expect(describeAction({ ...ACCEPT, person }, intervention, false, false, site).person).toBe(shown);
  });
});

/** An asker that shows nothing and answers when told. */
function fakeAsker(): Asker & {
  asked: ReminderContent[];
  told: ReminderContent[];
  said: string[];
  answer(choice: ReminderChoice): void;
  routed: string[];
} {
  let pending: ((choice: ReminderChoice) => void) | null = null;
  const asker = {
    events: ['mousedown'],
    asked: [] as ReminderContent[],
    told: [] as ReminderContent[],
    said: [] as string[],
    routed: [] as string[],
    owns: (event: Event) => event.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-asker')),
    caused: (event: Event) => {
      const related = (event as MouseEvent).relatedTarget;
      return related instanceof Element && related.hasAttribute('data-asker');
    },
    tell(message: string) {
      asker.said.push(message);
    },
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
      proceed: vi.fn((_event: Event, _action: GuardedAction, _entry: LogEntry | null) => {}),
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

  it('Proceed: focus back, released once with its entry (logged only once the page took it); at an opening step, the send that follows is covered', () => {
    const h = held(CONFIRM, { ...ACCEPT, kind: 'reply', step: 'open' });
    const s = settling();
    settle(h, { choice: 'proceed' }, s);
    expect(h.restored).toBe(1);
    expect(s.log).not.toHaveBeenCalled();
    expect(s.proceed).toHaveBeenCalledTimes(1);
    expect(s.proceed).toHaveBeenCalledWith(h.event, h.action, expect.objectContaining({ choice: 'proceeded', at: 5000 }));
    expect(s.grants.take({ ...ACCEPT, kind: 'reply', step: 'send' }, 6000)).toEqual({ clientId: 'c-maria' });
  });

  it('Stop and block: logged, nothing released', () => {
    const s = settling();
    settle(held(), { choice: 'stop' }, s);
    settle(held({ ...CONFIRM, level: 'block' }), { choice: 'proceed' }, s);
    expect(s.log.mock.calls.map(([e]) => (e as LogEntry).choice)).toEqual(['stopped', 'blocked']);
    expect(s.proceed).not.toHaveBeenCalled();
  });

  it('a failure around the choice is reported and does not swallow a Proceed', () => {
    const h = held();
    h.restore = () => {
      throw new Error('focus');
    };
    const s = settling();
    settle(h, { choice: 'proceed' }, s);
    expect(s.reports).toEqual(['answer:facebook']);
    expect(s.proceed).toHaveBeenCalledTimes(1);
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

const FOLLOW: GuardedAction = { kind: 'follow', platform: 'x', control: 'Follow', person: { name: 'María Pérez', handle: 'maria_perez' } };

describe('step 3, whether the decision waits for the client list', () => {
  it('a rule for clients only waits; a rule that fires for everyone, or no person and no draft, does not', () => {
    const settings = defaultSettings();
    expect(settings.rules.follow.scope).toBe('client');
    expect(waitsForClients(FOLLOW, settings)).toBe(true);
    expect(waitsForClients({ ...FOLLOW, back: true }, settings)).toBe(false);
    expect(waitsForClients(ACCEPT, settings)).toBe(false);
    expect(waitsForClients({ ...FOLLOW, person: undefined }, settings)).toBe(false);
    expect(waitsForClients({ kind: 'post', platform: 'x', control: 'Post', draft: 'Hello' }, settings)).toBe(true);
    settings.platformRules = { x: { follow: { level: 'off', scope: 'client' } } };
    expect(waitsForClients(FOLLOW, settings)).toBe(false);
  });

  it('clients unknown: a rule for clients fires, without claiming that the person is one', () => {
    const none = { person: null, mentions: [] };
    expect(decide(FOLLOW, defaultSettings(), none)).toBeNull();
    expect(decide(FOLLOW, defaultSettings(), none, true)).toEqual(
      expect.objectContaining({ rule: 'follow', level: 'confirm', client: 'no' }),
    );
  });
});

/** Timers and answers under the test's control. */
function listHarness(answers: Array<() => Promise<unknown>>) {
  const timers: Array<{ at: number; run: () => void }> = [];
  let now = 0;
  const reports: string[] = [];
  const states: ClientListState[] = [];
  let asked = 0;
  const list = new ClientList({
    ask: () => {
      const next = answers[Math.min(asked, answers.length - 1)];
      asked += 1;
      return next ? next() : Promise.reject(new Error('none'));
    },
    report: (_e, where) => reports.push(where),
    alive: () => true,
    now: () => now,
    setTimeout: (run, ms) => timers.push({ at: now + ms, run }),
  });
  list.onChange((state) => states.push(state));
  const flush = () => new Promise((r) => setTimeout(r, 0));
  /** Moves time on, running each timer due, and lets answers arrive. */
  const advance = async (ms: number) => {
    const until = now + ms;
    await flush();
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = next.at;
      next.run();
      await flush();
    }
    now = until;
  };
  return { list, reports, states, advance, asked: () => asked };
}

describe('the client list in the tab', () => {
  it('a first load that fails is reported and retried with backoff until it succeeds; waiters learn of it then', async () => {
    const h = listHarness([
      () => Promise.reject(new Error('The message port closed before a response was received.')),
      () => Promise.resolve(undefined),
      () => Promise.resolve({ clients: [MARIA] }),
    ]);
    h.list.load();
    let known = false;
    h.list.whenKnown().then(() => {
      known = true;
    });
    await h.advance(0);
    expect(h.list.state).toBe('failed');
    expect(h.list.known).toBe(false);
    expect(h.reports).toEqual(['watchlist (attempt 1)']);
    await h.advance(LOAD_DELAYS[0]);
    expect(h.asked()).toBe(2);
    expect(h.reports).toEqual(['watchlist (attempt 1)', 'watchlist (attempt 2)']);
    await h.advance(LOAD_DELAYS[1]);
    expect(h.asked()).toBe(3);
    expect(known).toBe(true);
    expect(h.list.state).toBe('ready');
    expect(h.list.matcher?.matchPerson('facebook', { handle: 'maria.perez' })?.clientId).toBe('c-maria');
    expect(h.states).toEqual(['failed', 'ready']);
    expect(h.list.readyAt).toBe(LOAD_DELAYS[0] + LOAD_DELAYS[1]);
    // Nothing is left scheduled: the attempt timeouts of settled attempts do nothing.
    await h.advance(ATTEMPT_TIMEOUT_MS * 3);
    expect(h.asked()).toBe(3);
    expect(h.reports).toHaveLength(2);
  });

  it('an attempt that never answers counts as failed after its timeout; a locked list is known', async () => {
    const h = listHarness([() => new Promise(() => {}), () => Promise.resolve({ locked: true })]);
    h.list.load();
    await h.advance(ATTEMPT_TIMEOUT_MS - 1);
    expect(h.list.state).toBe('loading');
    await h.advance(1);
    expect(h.list.state).toBe('failed');
    await h.advance(LOAD_DELAYS[0]);
    expect(h.list.state).toBe('locked');
    expect(h.list.known).toBe(true);
    expect(h.list.matcher).toBeNull();
  });

  it('a reload keeps the copy held until the new one arrives', async () => {
    const h = listHarness([
      () => Promise.resolve({ clients: [MARIA] }),
      () => Promise.reject(new Error('gone')),
      () => Promise.resolve({ clients: [SAM] }),
    ]);
    h.list.load();
    await h.advance(0);
    h.list.load();
    await h.advance(0);
    expect(h.list.state).toBe('ready');
    expect(h.list.matcher?.matchPerson('facebook', { handle: 'maria.perez' })).not.toBeNull();
    await h.advance(LOAD_DELAYS[0]);
    expect(h.list.matcher?.matchPerson('facebook', { handle: 'maria.perez' })).toBeNull();
  });
});

describe('the replay reports what it could do', () => {
  it('a control no longer on the page: not delivered', () => {
    const button = document.body.appendChild(document.createElement('button'));
    const click = new MouseEvent('click', { bubbles: true });
    button.dispatchEvent(click);
    button.remove();
    expect(replay(click)).toEqual({ delivered: false });
  });

  it('a send from an editor: it went through when the editor no longer holds the draft', () => {
    const editor = document.body.appendChild(document.createElement('textarea'));
    editor.value = 'See you Tuesday';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    editor.dispatchEvent(enter);
    const ignored = replay(enter);
    expect(ignored.delivered).toBe(true);
    expect(ignored.tookEffect?.()).toBe(false);
    editor.addEventListener('keydown', () => {
      editor.value = '';
    });
    const sent = replay(enter);
    expect(sent.tookEffect?.()).toBe(true);
  });

  it('Space on a div[role=button] is replayed as the keydown and its keyup', () => {
    const div = document.body.appendChild(document.createElement('div'));
    div.setAttribute('role', 'button');
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup']) div.addEventListener(type, (e) => seen.push(`${e.type}:${(e as KeyboardEvent).key}`));
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true });
    div.dispatchEvent(space);
    seen.length = 0;
    expect(replay(space).delivered).toBe(true);
    expect(seen).toEqual(['keydown: ', 'keyup: ']);
  });
});

describe('the second click offered after a Proceed that did not go through', () => {
  const entry = logEntry(FOLLOW, { ...CONFIRM, rule: 'follow' }, null, 100, 'proceeded');

  it('the same action (site, kind, person, control, draft) takes it once; another does not', () => {
    const lapsed: LogEntry[] = [];
    const again = new Again((e) => lapsed.push(e));
    again.offerFor(FOLLOW, entry, 0);
    expect(again.take({ ...FOLLOW, person: { handle: 'jordan' } }, 10)).toBeNull();
    expect(again.take({ ...FOLLOW, control: 'Unfollow' }, 10)).toBeNull();
    expect(again.take({ ...FOLLOW, kind: 'message' }, 10)).toBeNull();
    expect(again.take({ ...FOLLOW }, 10)).toEqual({ entry });
    expect(again.take({ ...FOLLOW }, 11)).toBeNull();
    expect(lapsed).toEqual([]);
    expect(againKey({ ...FOLLOW, draft: 'a' })).not.toBe(againKey({ ...FOLLOW, draft: 'b' }));
  });

  it('unused, it lapses after AGAIN_MS and is logged as stopped (it never happened), once', () => {
    const lapsed: LogEntry[] = [];
    const again = new Again((e) => lapsed.push(e));
    again.offerFor(FOLLOW, entry, 0);
    again.settle(AGAIN_MS - 1);
    expect(lapsed).toEqual([]);
    expect(again.take(FOLLOW, AGAIN_MS)).toBeNull();
    again.settle(Number.POSITIVE_INFINITY);
    expect(lapsed).toEqual([{ ...entry, choice: 'stopped', undelivered: true }]);
  });
});

describe('the engine waits for a client list on its way', () => {
  const lifetime = { isInvalid: false, onInvalidated: () => {} };

  function followAdapter(): SiteAdapter {
    return {
      platform: 'x',
      recognise: (trigger) =>
        trigger.type === 'activate' && trigger.target.closest('[data-follow]')
          ? { ...FOLLOW, person: { handle: (trigger.target.closest('[data-follow]') as HTMLElement).dataset.follow ?? '' } }
          : null,
    };
  }

  function setup() {
    vi.useFakeTimers();
    const maria = document.body.appendChild(document.createElement('button'));
    maria.dataset.follow = 'maria_perez';
    const jordan = document.body.appendChild(document.createElement('button'));
    jordan.dataset.follow = 'jordan';
    const clicks: string[] = [];
    document.body.addEventListener('click', (e) => clicks.push((e.target as HTMLElement).dataset.follow ?? ''));
    const asker = fakeAsker();
    const log: LogEntry[] = [];
    const reports: string[] = [];
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((r) => {
      arrive = r;
    });
    let known = false;
    const matcher = new ClientMatcher([{ id: 'c-maria', name: 'María Pérez', aliases: [], handles: { x: 'maria_perez' } }]);
    const env: GuardEnv = {
      ...fakeEnv(log),
      matcher: () => (known ? matcher : null),
      clientsKnown: () => known,
      whenClientsKnown: () => arrived,
      report: (_e, where) => reports.push(where),
    };
    const stop = startGuard(followAdapter(), env, lifetime, window, asker);
    const listArrives = async () => {
      known = true;
      arrive();
      await vi.advanceTimersByTimeAsync(0);
    };
    return { maria, jordan, clicks, asker, log, reports, stop, listArrives };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it("holds a client-only action until the list arrives: a non-client's goes on once, unasked and unlogged", async () => {
    const { jordan, clicks, asker, log, stop, listArrives } = setup();
    jordan.click();
    expect(clicks).toEqual([]);
    await listArrives();
    expect(clicks).toEqual(['jordan']);
    expect(asker.asked).toEqual([]);
    expect(log).toEqual([]);
    stop();
  });

  it("a client's is asked about once the list arrives", async () => {
    const { maria, clicks, asker, stop, listArrives } = setup();
    maria.click();
    await vi.advanceTimersByTimeAsync(CLIENTS_WAIT_MS - 100);
    expect(asker.asked).toEqual([]);
    await listArrives();
    expect(asker.asked).toHaveLength(1);
    expect(asker.asked[0]?.intervention.client).toBe('yes');
    expect(asker.asked[0]?.unchecked).toBeUndefined();
    expect(clicks).toEqual([]);
    stop();
  });

  it('no list after the wait: asked all the same, saying the list could not be checked; reported and logged so', async () => {
    const { jordan, clicks, asker, log, reports, stop } = setup();
    jordan.click();
    await vi.advanceTimersByTimeAsync(CLIENTS_WAIT_MS);
    expect(asker.asked).toHaveLength(1);
    expect(asker.asked[0]?.unchecked).toBe(true);
    expect(reports).toEqual(['clients-wait:x']);
    asker.answer({ choice: 'stop' });
    expect(clicks).toEqual([]);
    expect(log).toEqual([expect.objectContaining({ choice: 'stopped', clientsUnchecked: true, client: 'no' })]);
    stop();
  });
});

describe('a Proceed that cannot go through says so', () => {
  const lifetime = { isInvalid: false, onInvalidated: () => {} };

  function trusted<E extends Event>(event: E): E {
    Object.defineProperty(event, 'isTrusted', { value: true });
    return event;
  }

  it('the control gone: not logged as proceeded; told to click again; the next trusted click passes once and is logged then', () => {
    const card = document.body.appendChild(document.createElement('div'));
    const button = card.appendChild(document.createElement('button'));
    button.dataset.guarded = '';
    const clicks: number[] = [];
    document.body.addEventListener('click', () => clicks.push(1));
    const asker = fakeAsker();
    const log: LogEntry[] = [];
    const stop = startGuard(recordingAdapter(), fakeEnv(log), lifetime, window, asker);
    button.click();
    card.remove();
    asker.answer({ choice: 'proceed' });
    expect(clicks).toEqual([]);
    expect(log).toEqual([]);
    expect(asker.said).toEqual([t('reminder_clickAgain')]);
    document.body.append(card);
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(clicks).toEqual([1]);
    expect(asker.asked).toHaveLength(1);
    expect(log.map((e) => e.choice)).toEqual(['proceeded']);
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(asker.asked).toHaveLength(2);
    expect(clicks).toEqual([1]);
    stop();
  });

  it('an untrusted click does not take the offer (a page script cannot use it)', () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.dataset.guarded = '';
    const asker = fakeAsker();
    const log: LogEntry[] = [];
    const stop = startGuard(recordingAdapter(), fakeEnv(log), lifetime, window, asker);
    button.click();
    button.remove();
    asker.answer({ choice: 'proceed' });
    document.body.append(button);
    button.click();
    expect(asker.asked).toHaveLength(2);
    stop();
  });

  it('an editor that still holds its draft after the replay: told to click again, Enter once more passes', async () => {
    vi.useFakeTimers();
    try {
      const editor = document.body.appendChild(document.createElement('textarea'));
      editor.value = 'Hi María José Pérez';
      const adapter: SiteAdapter = {
        platform: 'facebook',
        recognise: (trigger) =>
          trigger.type === 'send' && !trigger.shift ? { ...ACCEPT, kind: 'message', draft: editor.value, step: 'send' } : null,
      };
      const asker = fakeAsker();
      const log: LogEntry[] = [];
      const stop = startGuard(adapter, fakeEnv(log), lifetime, window, asker);
      const enter = () => trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      editor.dispatchEvent(enter());
      asker.answer({ choice: 'proceed' });
      expect(log).toEqual([]);
      await vi.advanceTimersByTimeAsync(CHECK_MS);
      expect(asker.said).toEqual([t('reminder_clickAgain')]);
      expect(log).toEqual([]);
      const seen: boolean[] = [];
      editor.addEventListener('keydown', (e) => seen.push(e.isTrusted));
      editor.dispatchEvent(enter());
      expect(seen).toEqual([true]);
      expect(log.map((e) => e.choice)).toEqual(['proceeded']);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('unused for 30 s: logged once, as stopped', async () => {
    vi.useFakeTimers();
    try {
      const button = document.body.appendChild(document.createElement('button'));
      button.dataset.guarded = '';
      const asker = fakeAsker();
      const log: LogEntry[] = [];
      const env = { ...fakeEnv(log), now: () => Date.now() };
      const stop = startGuard(recordingAdapter(), env, lifetime, window, asker);
      button.click();
      button.remove();
      asker.answer({ choice: 'proceed' });
      await vi.advanceTimersByTimeAsync(AGAIN_MS + 100);
      expect(log).toEqual([expect.objectContaining({ choice: 'stopped', undelivered: true })]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the reminder does not make the page lose its place', () => {
  const lifetime = { isInvalid: false, onInvalidated: () => {} };

  it('leaving events whose related target is the asker never reach the page; others do', () => {
    const asker = fakeAsker();
    const stop = startGuard(recordingAdapter(), fakeEnv([]), lifetime, window, asker);
    const card = document.body.appendChild(document.createElement('div'));
    const shown = document.body.appendChild(document.createElement('div'));
    shown.setAttribute('data-asker', '');
    const elsewhere = document.body.appendChild(document.createElement('div'));
    const seen: string[] = [];
    for (const type of ['mouseout', 'mouseleave', 'pointerout', 'pointerleave', 'focusout'])
      card.addEventListener(type, (e) => seen.push(e.type));
    card.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: shown }));
    card.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: shown }));
    card.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: shown }));
    card.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: shown }));
    card.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: shown }));
    expect(seen).toEqual([]);
    card.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: elsewhere }));
    card.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: null }));
    expect(seen).toEqual(['mouseout', 'mouseleave']);
    stop();
  });

  it('Space on a div[role=button]: the keyup of a held keydown is held too; Proceed replays the pair', () => {
    const asker = fakeAsker();
    const stop = startGuard(recordingAdapter(), fakeEnv([]), lifetime, window, asker);
    const div = document.body.appendChild(document.createElement('div'));
    div.setAttribute('role', 'button');
    div.dataset.guarded = '';
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup'])
      div.addEventListener(type, (e) => seen.push(`${e.type}:${e.isTrusted ? 'page' : 'synthetic'}`));
    const key = (type: string) => new KeyboardEvent(type, { key: ' ', bubbles: true, composed: true, cancelable: true });
    div.dispatchEvent(key('keydown'));
    div.dispatchEvent(key('keyup'));
    expect(seen).toEqual([]);
    expect(asker.asked).toHaveLength(1);
    asker.answer({ choice: 'proceed' });
    expect(seen).toEqual(['keydown:synthetic', 'keyup:synthetic']);
    // Not held: a keyup with no held keydown before it reaches the page.
    div.dispatchEvent(key('keyup'));
    expect(seen).toHaveLength(3);
    stop();
  });
});
