import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../src/clients/types';
import type { GuardedAction, Trigger } from '../../src/guard/action';
import { toTrigger } from '../../src/guard/engine';
import { facebook, personOfLink } from '../../src/sites/facebook/index';
import { type FacebookPage, loadFacebook, loadPage } from './support/fixture-page';

/**
 * The trigger the engine would build from a real event: the event is dispatched
 * like a user's and read in a window capture listener, as the engine reads it.
 */
function triggerOf(target: Element, event: Event): Trigger | null {
  let trigger: Trigger | null = null;
  const listener = (e: Event) => {
    trigger = toTrigger(e);
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  window.addEventListener(event.type, listener, true);
  try {
    target.dispatchEvent(event);
  } finally {
    window.removeEventListener(event.type, listener, true);
  }
  return trigger;
}

/** The innermost element of a control, where a real click lands (a span or an icon). */
function innermost(el: Element): Element {
  let inner = el;
  while (inner.firstElementChild) inner = inner.firstElementChild;
  return inner;
}

function click(el: Element): Trigger | null {
  return triggerOf(innermost(el), new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

function key(el: Element, init: KeyboardEventInit): Trigger | null {
  return triggerOf(el, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
}

/** Types a draft into a Lexical-shaped editor: one paragraph per line. */
function type(editor: Element, text: string): void {
  editor.replaceChildren(
    ...text.split('\n').map((line) => {
      const p = editor.ownerDocument.createElement('p');
      p.append(line ? editor.ownerDocument.createTextNode(line) : editor.ownerDocument.createElement('br'));
      return p;
    }),
  );
}

const DRAFT = 'Thinking of you, María José Pérez.\nSee you soon';

/** What recognise gives for the control or editor, used as a user would (click, or Enter in an editor). */
function use(doc: Document, el: Element): GuardedAction | null {
  let trigger: Trigger | null;
  if ((el as HTMLElement).isContentEditable) {
    type(el, DRAFT);
    trigger = key(el, { key: 'Enter' });
  } else {
    // A send button sends the editor the harness names (data-fixture-send): type there first.
    const editor = el.hasAttribute('data-fixture-send') ? doc.querySelector(el.getAttribute('data-fixture-send') as string) : null;
    if (editor) type(editor, DRAFT);
    trigger = click(el);
  }
  expect(trigger).not.toBeNull();
  return facebook.recognise(trigger as Trigger, doc);
}

/** Each element with data-fixture-action by a readable key; editors get " (editor)". */
function controls(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of doc.querySelectorAll('[data-fixture-action]')) {
    const k = `${el.getAttribute('data-fixture-action')}${(el as HTMLElement).isContentEditable ? ' (editor)' : ''}`;
    expect(map.has(k), `duplicate fixture control ${k}`).toBe(false);
    map.set(k, el);
  }
  return map;
}

type Expected = Pick<GuardedAction, 'kind' | 'control' | 'step' | 'draft' | 'back'> & { person?: Person };

const MARIA_ID: Person = { handle: 'id:100001234567890', name: 'María José Pérez' };
const MARIA: Person = { handle: 'maria.perez', name: 'María Pérez' };
const JORDAN: Person = { handle: 'jordan.smith.77', name: 'Jordan Smith' };
const ALEX: Person = { handle: 'alex.kim.9', name: 'Alex Kim' };
const DANA: Person = { handle: 'dana.whitfield', name: 'Dana Whitfield' };
const SAM: Person = { handle: 'samuel.lee.5', name: 'Samuel Lee' };
const CHRIS: Person = { handle: 'id:100009876543210', name: "Chris O'Neil" };

/** Every fixture control, and what it must be recognised as (null: not guarded). */
const EXPECTED: Partial<Record<FacebookPage, Record<string, Expected | null>>> = {
  'friends.html': {
    'accept:maria': { kind: 'connect.accept', control: 'Confirm', person: MARIA_ID },
    'delete:maria': null,
    'accept:jordan': { kind: 'connect.accept', control: 'Confirm', person: JORDAN },
    'delete:jordan': null,
    'add:sam': { kind: 'connect.request', control: 'Add friend', person: SAM },
    'remove:sam': null,
    'add:alex': { kind: 'connect.request', control: 'Add friend', person: ALEX },
    'remove:alex': null,
    'like:page': null,
    'nav:suggestions': null,
  },
  'requests.html': {
    'accept:chris': { kind: 'connect.accept', control: 'Confirm', person: CHRIS },
    'delete:chris': null,
  },
  'profile.html': {
    'accept:maria-profile': { kind: 'connect.accept', control: 'Confirm request', person: MARIA },
    'delete:maria-profile': null,
    'follow:maria': { kind: 'follow', control: 'Follow', person: MARIA },
    'open-message:maria': null,
    'add:alex': { kind: 'connect.request', control: 'Add friend', person: ALEX },
    'add:dana': { kind: 'connect.request', control: 'Add friend', person: DANA },
  },
  'stranger.html': {
    'add:alex': { kind: 'connect.request', control: 'Add friend', person: ALEX },
    'follow:alex': { kind: 'follow', control: 'Follow', person: ALEX },
  },
  'feed.html': {
    'like:post-maria': null,
    'open-comment:post-maria': { kind: 'reply', control: 'Leave a comment', step: 'open', person: MARIA },
    'like:comment-dana': null,
    'reply:dana': { kind: 'reply', control: 'Reply', step: 'open', person: DANA },
    'like:comment-maria': null,
    'reply:maria': { kind: 'reply', control: 'Reply', step: 'open', person: MARIA },
    'send-reply:maria (editor)': { kind: 'reply', control: 'Enter', step: 'send', draft: DRAFT, person: MARIA },
    'send-comment:post-maria (editor)': { kind: 'reply', control: 'Enter', step: 'send', draft: DRAFT, person: MARIA },
    'send-comment:post-maria': { kind: 'reply', control: 'Comment', step: 'send', draft: DRAFT, person: MARIA },
    'open-comment:post-alex': { kind: 'reply', control: 'Leave a comment', step: 'open', person: ALEX },
    'send-comment:post-alex (editor)': { kind: 'reply', control: 'Enter', step: 'send', draft: DRAFT, person: ALEX },
    // Enter in the post composer is a newline; only the Post button publishes.
    'composer (editor)': null,
    post: { kind: 'post', control: 'Post', step: 'send', draft: DRAFT },
    // A Follow button in the contacts sidebar: not attributed to the client listed beside it.
    'follow:sidebar-nobody': { kind: 'follow', control: 'Follow' },
  },
  'messages.html': {
    'message:maria (editor)': { kind: 'message', control: 'Enter', step: 'send', draft: DRAFT, person: MARIA_ID },
    'message:maria': { kind: 'message', control: 'Press enter to send', step: 'send', draft: DRAFT, person: MARIA_ID },
  },
  'messages-stranger.html': {
    'message:jordan (editor)': { kind: 'message', control: 'Enter', step: 'send', draft: DRAFT, person: JORDAN },
  },
};

/** The same pages in Spanish: the same actions and people, Spanish control labels. */
const SPANISH: Partial<Record<FacebookPage, { english: FacebookPage; controls: Record<string, string> }>> = {
  'friends-es.html': {
    english: 'friends.html',
    controls: { 'accept:maria': 'Confirmar', 'accept:jordan': 'Confirmar', 'add:sam': 'Agregar a amigos', 'add:alex': 'Agregar a amigos' },
  },
  'feed-es.html': {
    english: 'feed.html',
    controls: {
      'open-comment:post-maria': 'Deja un comentario',
      'reply:dana': 'Responder',
      'reply:maria': 'Responder',
      'send-comment:post-maria': 'Comentar',
      'open-comment:post-alex': 'Deja un comentario',
      post: 'Publicar',
      'follow:sidebar-nobody': 'Seguir',
    },
  },
};

function projection(action: GuardedAction | null): Expected | null {
  if (!action) return null;
  const { kind, control, step, draft, back, person } = action;
  return Object.fromEntries(Object.entries({ kind, control, step, draft, back, person }).filter(([, v]) => v !== undefined)) as Expected;
}

afterEach(() => {
  document.documentElement.replaceChildren();
});

describe('facebook.recognise on every fixture control', () => {
  for (const [page, table] of Object.entries(EXPECTED) as Array<[FacebookPage, Record<string, Expected | null>]>) {
    describe(page, () => {
      it('lists every control of the fixture', () => {
        expect([...controls(loadFacebook(page)).keys()].sort()).toEqual(Object.keys(table).sort());
      });
      for (const [name, expected] of Object.entries(table)) {
        it(`${name} -> ${expected ? `${expected.kind}${expected.person ? ` (${expected.person.name})` : ''}` : 'not guarded'}`, () => {
          const doc = loadFacebook(page);
          const el = controls(doc).get(name) as Element;
          const action = use(doc, el);
          expect(projection(action)).toEqual(expected);
          if (action) expect(action.platform).toBe('facebook');
        });
      }
    });
  }

  for (const [page, { english, controls: labels }] of Object.entries(SPANISH) as Array<
    [FacebookPage, { english: FacebookPage; controls: Record<string, string> }]
  >) {
    describe(`${page} (Spanish)`, () => {
      const table = EXPECTED[english] as Record<string, Expected | null>;
      it('has the same controls as the English page', () => {
        expect([...controls(loadFacebook(page)).keys()].sort()).toEqual(Object.keys(table).sort());
      });
      for (const [name, english] of Object.entries(table)) {
        const expected = english && english.control !== 'Enter' ? { ...english, control: labels[name] ?? '?' } : english;
        it(`${name} -> ${expected ? expected.kind : 'not guarded'}`, () => {
          const doc = loadFacebook(page);
          expect(doc.documentElement.lang.startsWith('es')).toBe(true);
          expect(projection(use(doc, controls(doc).get(name) as Element))).toEqual(expected);
        });
      }
    });
  }
});

describe('facebook.recognise: keys', () => {
  it('Shift+Enter in any editor is a newline, not a send', () => {
    for (const page of ['feed.html', 'messages.html', 'messages-stranger.html'] as const) {
      const doc = loadFacebook(page);
      for (const editor of doc.querySelectorAll('[contenteditable="true"]')) {
        type(editor, 'Hi');
        const trigger = key(editor, { key: 'Enter', shiftKey: true });
        expect(trigger).toMatchObject({ type: 'send', shift: true });
        expect(facebook.recognise(trigger as Trigger, doc)).toBeNull();
      }
    }
  });

  it('Alt+Enter is not a send either', () => {
    const doc = loadFacebook('messages.html');
    const editor = doc.querySelector('[aria-label="Message"][contenteditable]') as Element;
    expect(facebook.recognise(key(editor, { key: 'Enter', altKey: true }) as Trigger, doc)).toBeNull();
  });

  it('other keys in an editor are not triggers at all', () => {
    const doc = loadFacebook('messages.html');
    const editor = doc.querySelector('[aria-label="Message"][contenteditable]') as Element;
    expect(key(editor, { key: 'a' })).toBeNull();
    expect(key(editor, { key: 'Enter', isComposing: true })).toBeNull();
  });

  it('Enter and Space on a role=button control activate it, as a click does', () => {
    const doc = loadFacebook('friends.html');
    const confirm = doc.querySelector('[data-fixture-action="accept:maria"]') as Element;
    for (const k of ['Enter', ' ']) {
      const trigger = key(confirm, { key: k });
      expect(trigger).toEqual({ type: 'activate', target: confirm });
      expect(facebook.recognise(trigger as Trigger, doc)).toMatchObject({ kind: 'connect.accept', person: MARIA_ID });
    }
  });

  it('the draft is read at send time, including text pasted in one go', () => {
    const doc = loadFacebook('messages.html');
    const editor = doc.querySelector('[aria-label="Message"][contenteditable]') as Element;
    type(editor, 'first');
    const trigger = key(editor, { key: 'Enter' }) as Trigger;
    type(editor, 'pasted: Anna Berg\nand more');
    expect(facebook.recognise(trigger, doc)?.draft).toBe('pasted: Anna Berg\nand more');
  });
});

describe('facebook.recognise: the person comes from the element acted on', () => {
  it('a request card never takes a name from the sidebar, even when the card has only an avatar link', () => {
    const doc = loadPage(
      `<html lang="en"><head><title>Friends | Facebook</title></head><body>
        <div role="main"><div class="card">
          <a href="/profile.php?id=42" aria-label="Jo Lin"><svg role="img"></svg></a>
          <div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Delete">Delete</div>
        </div></div>
        <div role="complementary"><a href="/maria.perez">María Pérez</a></div>
      </body></html>`,
      'https://www.facebook.com/friends/',
    );
    const action = facebook.recognise(click(doc.querySelector('[aria-label="Confirm"]') as Element) as Trigger, doc);
    expect(action).toMatchObject({ kind: 'connect.accept', person: { handle: 'id:42', name: 'Jo Lin' } });
  });

  it('a "Confirm" in a generic dialog is not a friend request', () => {
    const doc = loadPage(
      `<html lang="en"><body><div role="main"><div role="dialog"><p>Leave this page?</p>
        <div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Cancel">Cancel</div></div></div></body></html>`,
      'https://www.facebook.com/',
    );
    expect(facebook.recognise(click(doc.querySelector('[aria-label="Confirm"]') as Element) as Trigger, doc)).toBeNull();
  });

  it('disabled controls are not actions', () => {
    const doc = loadFacebook('friends.html');
    const confirm = doc.querySelector('[data-fixture-action="accept:maria"]') as Element;
    confirm.setAttribute('aria-disabled', 'true');
    expect(facebook.recognise(click(confirm) as Trigger, doc)).toBeNull();
  });

  it('a list of many request cards is not one card: the person stays unknown rather than wrong', () => {
    const doc = loadPage(
      `<html lang="en"><body><div role="main"><div class="list">
        <a href="/a.one">A One</a><a href="/b.two">B Two</a><a href="/c.three">C Three</a>
        <div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Delete">Delete</div>
        <div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Delete">Delete</div>
        <div role="button" aria-label="Confirm">Confirm</div><div role="button" aria-label="Delete">Delete</div>
      </div></div></body></html>`,
      'https://www.facebook.com/friends/',
    );
    const action = facebook.recognise(click(doc.querySelector('[aria-label="Confirm"]') as Element) as Trigger, doc);
    expect(action?.person).toBeUndefined();
  });
});

describe('personOfLink', () => {
  const link = (href: string, text = '', label?: string) => {
    const a = document.createElement('a');
    a.setAttribute('href', href);
    if (label) a.setAttribute('aria-label', label);
    a.textContent = text;
    return a;
  };

  it('reads profile links in every form', () => {
    expect(personOfLink(link('/maria.perez?__cft__[0]=AZ', 'María Pérez'))).toEqual(MARIA);
    expect(personOfLink(link('https://www.facebook.com/profile.php?id=100001234567890', '', 'María José Pérez'))).toEqual(MARIA_ID);
    expect(personOfLink(link('/friends/requests/?profile_id=100009876543210', "Chris O'Neil"))).toEqual(CHRIS);
    expect(personOfLink(link('https://web.facebook.com/jordan.smith.77', 'Jordan Smith'))).toEqual(JORDAN);
    expect(personOfLink(link('/alex.kim.9'))).toEqual({ handle: 'alex.kim.9' });
  });

  it('ignores links that are not a person', () => {
    for (const href of ['/', '/friends/', '/messages/t/1', '/groups/1', '/photo/?fbid=1', 'https://example.com/maria', '/watch/', '#']) {
      expect(personOfLink(link(href, 'Something'))).toBeNull();
    }
  });

  it('ignores links to a page of a profile (its friends, a post), which carry other text', () => {
    expect(personOfLink(link('/maria.perez/friends/', '312 friends'))).toBeNull();
    expect(personOfLink(link('/maria.perez/posts/pfbid02', '3h'))).toBeNull();
  });

  it('takes the name, not the extra lines of a card link ("1 mutual friend")', () => {
    const a = link('/friends/requests/?profile_id=100009876543210');
    const name = document.createElement('span');
    name.textContent = "Chris O'Neil";
    const mutual = document.createElement('span');
    mutual.textContent = '1 mutual friend';
    a.append(name, mutual);
    expect(personOfLink(a)).toEqual(CHRIS);
  });
});
