import { describe, expect, it } from 'vitest';
import { X_APP_PATHS } from '../../src/core/app-paths';
import type { GuardedAction, SiteAdapter, Trigger } from '../../src/guard/action';
import { unsupportedLanguage } from '../../src/guard/language';
import { createXAdapter, handleFromPath } from '../../src/sites/x/index';
import { X } from '../../src/sites/x/selectors';
import { xSite } from '../../src/sites/x/site';
import { load, loadX, X_PAGES, type XPage } from './x-load';

/**
 * The X adapter against every control of every fixture page: what it
 * recognises (kind, person, draft, back, step) and what it leaves alone.
 */

function one(root: ParentNode, selector: string): HTMLElement {
  const all = root.querySelectorAll<HTMLElement>(selector);
  if (all.length !== 1) throw new Error(`${selector}: ${all.length} matches`);
  return all[0] as HTMLElement;
}

function fixtureControl(doc: Document, action: string, extra = ''): HTMLElement {
  return one(doc, `[data-fixture-action="${action}"]${extra}`);
}

function activate(adapter: SiteAdapter, doc: Document, target: Element): GuardedAction | null {
  return adapter.recognise({ type: 'activate', target }, doc);
}

function enter(
  adapter: SiteAdapter,
  doc: Document,
  target: Element,
  keys: Partial<Omit<Extract<Trigger, { type: 'send' }>, 'type' | 'target'>> = {},
): GuardedAction | null {
  return adapter.recognise({ type: 'send', target, shift: false, ctrlOrMeta: false, alt: false, ...keys }, doc);
}

/** Types into a DraftJS composer the way X renders it: one block per line. */
function typeDraft(editor: Element, lines: string[]): void {
  const contents = editor.querySelector('[data-contents]') ?? editor;
  const template = contents.querySelector('[data-block]');
  contents.replaceChildren(
    ...lines.map((line) => {
      const block = (template?.cloneNode(false) as Element | undefined) ?? editor.ownerDocument.createElement('div');
      const inner = editor.ownerDocument.createElement('div');
      const span = editor.ownerDocument.createElement('span');
      span.textContent = line;
      inner.append(span);
      block.append(inner);
      return block;
    }),
  );
}

function inner(el: Element): Element {
  // Clicks land on the innermost element (the label span, the icon), not on the button.
  let deepest = el;
  while (deepest.firstElementChild) deepest = deepest.firstElementChild;
  return deepest;
}

const MARIA = { handle: 'maria_perez', name: 'María Pérez' };
const JORDAN = { handle: 'jordan_smith', name: 'Jordan Smith' };

describe('handles from addresses', () => {
  it.each([
    ['/maria_perez', 'maria_perez'],
    ['/Maria_Perez', 'maria_perez'],
    ['/maria_perez/', 'maria_perez'],
    ['/home', null],
    ['/i', null],
    ['/messages', null],
    ['/maria_perez/status/1', null],
    ['/a_name_far_too_long', null],
    ['/', null],
  ])('%s → %s', (path, handle) => {
    expect(handleFromPath(path)).toBe(handle);
  });
});

describe('app pages (src/core/app-paths.ts, shared with the client list)', () => {
  it('X: the adapter reads no app page from an address', () => {
    for (const page of X_APP_PATHS) expect(handleFromPath(`/${page}`), page).toBeNull();
    expect(handleFromPath('/maria_perez')).toBe('maria_perez');
  });
});

describe('real x.com home page (home-2026-02)', () => {
  it('recognises Follow in each "Who to follow" cell, with the cell’s account', () => {
    const doc = load('home');
    const adapter = createXAdapter();
    const got = [...doc.querySelectorAll(X.follow)].map((b) => activate(adapter, doc, inner(b)));
    expect(got).toEqual([
      { kind: 'follow', platform: 'x', control: 'Follow', person: { handle: 'sonofalli', name: 'alli' } },
      { kind: 'follow', platform: 'x', control: 'Follow', person: { handle: 'hwchase17', name: 'Harrison Chase' } },
      { kind: 'follow', platform: 'x', control: 'Follow', person: { handle: 'antigravity', name: 'Google Antigravity' } },
    ]);
  });

  it('recognises Reply on each of the 20 posts as an opening step to the post’s author, not the reposter or the quoted author', () => {
    const doc = load('home');
    const adapter = createXAdapter();
    const articles = [...doc.querySelectorAll(X.tweet)];
    expect(articles).toHaveLength(20);
    for (const article of articles) {
      const action = activate(adapter, doc, inner(one(article, X.reply)));
      // The author's handle as the post shows it in its first "@…" span, computed here independently.
      const shown = [...(article.querySelector(X.tweetAuthor)?.querySelectorAll('span') ?? [])]
        .map((s) => s.textContent?.trim() ?? '')
        .find((t) => t.startsWith('@'));
      expect(action).toMatchObject({ kind: 'reply', step: 'open', control: 'Reply', person: { handle: shown?.slice(1).toLowerCase() } });
    }
    // The first post was reposted by someone else ("hdf reposted") and quotes @enzo_gte.
    expect(activate(adapter, doc, one(articles[0] as Element, X.reply))?.person).toEqual({ handle: 'will__price', name: 'Will Price' });
  });

  it('leaves Like, Repost, Bookmark, Share, More, links and tabs alone', () => {
    const doc = load('home');
    const adapter = createXAdapter();
    const others = doc.querySelectorAll(
      '[data-testid="like"], [data-testid="retweet"], [data-testid="bookmark"], [aria-label="Share post"], [data-testid="caret"], a[href], [role="tab"]',
    );
    expect(others.length).toBeGreaterThan(200);
    for (const el of others) expect(activate(adapter, doc, inner(el))).toBeNull();
  });

  it('Ctrl+Enter in the empty composer does nothing, as X does; with text it is a post sent through the button', () => {
    const doc = load('home');
    const adapter = createXAdapter();
    const editor = one(doc, X.composer);
    const button = one(doc, X.send);
    expect(enter(adapter, doc, editor, { ctrlOrMeta: true })).toBeNull();
    // What X does when text is typed: the button is enabled.
    typeDraft(editor, ['Long day.', 'Maria made it better.']);
    button.removeAttribute('disabled');
    button.removeAttribute('aria-disabled');
    expect(enter(adapter, doc, inner(editor), { ctrlOrMeta: true })).toEqual({
      kind: 'post',
      platform: 'x',
      control: 'Ctrl+Enter',
      draft: 'Long day.\nMaria made it better.',
      step: 'send',
      replayTarget: button,
    });
    expect(enter(adapter, doc, editor)).toBeNull(); // plain Enter: a newline
    expect(enter(adapter, doc, editor, { ctrlOrMeta: true, shift: true })).toBeNull();
    expect(activate(adapter, doc, inner(button))).toEqual({
      kind: 'post',
      platform: 'x',
      control: 'Tweet', // Control Panel for Twitter's edit of this capture; X says "Post".
      draft: 'Long day.\nMaria made it better.',
      step: 'send',
    });
  });
});

describe('real x.com profile page (profile-2026-02)', () => {
  it('recognises the header’s Follow as following the profile’s account', () => {
    const doc = load('profile');
    expect(activate(createXAdapter(), doc, inner(one(doc, X.follow)))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow',
      person: { handle: 'badlogicgames', name: 'Mario Zechner' },
    });
  });

  it('reads the header from the page, not the address: the same page at another path still follows @badlogicgames', () => {
    const doc = loadX(X_PAGES.profile.file, 'https://twitter.com/badlogicgames/with_replies');
    expect(activate(createXAdapter(), doc, one(doc, X.follow))?.person).toEqual({ handle: 'badlogicgames', name: 'Mario Zechner' });
  });

  it('recognises Reply on each of the 9 posts, to Mario Zechner', () => {
    const doc = load('profile');
    const adapter = createXAdapter();
    const got = [...doc.querySelectorAll(X.reply)].map((b) => activate(adapter, doc, b)?.person);
    expect(got).toEqual(Array(9).fill({ handle: 'badlogicgames', name: 'Mario Zechner' }));
  });
});

describe('a profile that follows you (profile-follow-back)', () => {
  it('"Follow back" in the header is a follow back of the profile', () => {
    const doc = load('profileFollowBack');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, 'follow-back:maria')))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow back',
      back: true,
      person: MARIA,
    });
  });

  it('a suggestion in the sidebar is a plain follow of that account', () => {
    const doc = load('profileFollowBack');
    expect(activate(createXAdapter(), doc, fixtureControl(doc, 'follow:jordan'))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow',
      person: JORDAN,
    });
  });

  it('Reply on the pinned post opens a reply to her', () => {
    const doc = load('profileFollowBack');
    expect(activate(createXAdapter(), doc, fixtureControl(doc, 'reply:maria-pinned'))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Reply',
      step: 'open',
      person: MARIA,
    });
  });
});

describe('followers list (followers)', () => {
  it('"Follow back" in a follower’s cell: back, with the cell’s account', () => {
    const doc = load('followers');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, 'follow-back:maria')))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow back',
      back: true,
      person: MARIA,
    });
  });

  it('a button with no aria-label is read by its text', () => {
    const doc = load('followers');
    expect(activate(createXAdapter(), doc, fixtureControl(doc, 'follow-back:sam'))).toMatchObject({
      kind: 'follow',
      back: true,
      person: { handle: 'sam_lee', name: 'Sam Lee' },
    });
  });

  it('the "Follows you" badge tells a follow back in a language the label table does not know', () => {
    const doc = load('followers');
    const button = fixtureControl(doc, 'follow-back:sam');
    const label = button.querySelector('span span') as HTMLElement;
    label.textContent = 'Takip et';
    expect(activate(createXAdapter(), doc, button)).toMatchObject({ kind: 'follow', back: true, control: 'Takip et' });
    button.closest(X.userCell)?.querySelector(X.followsYou)?.remove();
    expect(activate(createXAdapter(), doc, button)).not.toHaveProperty('back');
  });

  it('a suggested stranger is not a follow back', () => {
    const doc = load('followers');
    const action = activate(createXAdapter(), doc, fixtureControl(doc, 'follow:jordan'));
    expect(action).toEqual({ kind: 'follow', platform: 'x', control: 'Follow', person: JORDAN });
  });

  it('leaves Following (unfollow) and the cell itself alone', () => {
    const doc = load('followers');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'unfollow:alex')))).toBeNull();
    for (const cell of doc.querySelectorAll(X.userCell)) expect(activate(adapter, doc, cell)).toBeNull();
  });
});

describe('hover card (hover-card)', () => {
  it('Follow in the card follows the card’s account', () => {
    const doc = load('hoverCard');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, 'follow:maria-hovercard')))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow',
      person: MARIA,
    });
  });

  it('Reply answers the post’s author, not the person who reposted it', () => {
    const doc = load('hoverCard');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:jordan'))?.person).toEqual(JORDAN);
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:maria'))?.person).toEqual(MARIA);
  });
});

describe('follower requests (follower-requests)', () => {
  it.each([
    ['accept:maria', MARIA],
    ['accept:chris', { handle: 'chris_oneil', name: "Chris O'Neil" }],
  ])('%s accepts that requester', (action, person) => {
    const doc = load('followerRequests');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, action)))).toEqual({
      kind: 'connect.accept',
      platform: 'x',
      control: 'Accept',
      person,
    });
  });

  it('leaves Decline, Close and another dialog’s "Accept" alone', () => {
    const doc = load('followerRequests');
    const adapter = createXAdapter();
    for (const action of ['decline:maria', 'decline:chris', 'accept:terms', 'close']) {
      expect(activate(adapter, doc, inner(fixtureControl(doc, action)))).toBeNull();
    }
  });
});

describe('reply dialog (reply-dialog)', () => {
  function typed(): { doc: Document; editor: HTMLElement; button: HTMLElement } {
    const doc = load('replyDialog');
    const editor = one(doc, `${X.dialog} ${X.composer}`);
    typeDraft(editor, ['Thinking of you, Maria']);
    return { doc, editor, button: one(doc, `${X.dialog} ${X.send}`) };
  }

  it('Reply on a post in the timeline is the opening step, to its author', () => {
    const doc = load('replyDialog');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'reply:maria')))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Reply',
      step: 'open',
      person: MARIA,
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:jordan'))?.person).toEqual(JORDAN);
  });

  it('the dialog’s Reply button sends a reply to the post shown in the dialog, with the draft', () => {
    const { doc, button } = typed();
    expect(activate(createXAdapter(), doc, inner(button))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Reply',
      draft: 'Thinking of you, Maria',
      step: 'send',
      person: MARIA,
    });
  });

  it('Ctrl/Cmd+Enter sends it too, replayed through the Reply button; plain Enter is a newline', () => {
    const { doc, editor, button } = typed();
    const adapter = createXAdapter();
    const expected = {
      kind: 'reply',
      platform: 'x',
      control: 'Ctrl+Enter',
      draft: 'Thinking of you, Maria',
      step: 'send',
      replayTarget: button,
      person: MARIA,
    };
    expect(enter(adapter, doc, inner(editor), { ctrlOrMeta: true })).toEqual(expected);
    expect(enter(adapter, doc, editor)).toBeNull();
    expect(enter(adapter, doc, editor, { shift: true })).toBeNull();
    expect(enter(adapter, doc, editor, { ctrlOrMeta: true, alt: true })).toBeNull();
  });

  it('without the copy of the post, the send answers the post whose Reply opened the dialog', () => {
    const { doc, button } = typed();
    one(doc, `${X.dialog} ${X.tweet}`).remove();
    let now = 1_000_000;
    const adapter = createXAdapter(() => now);
    expect(activate(adapter, doc, button)).toMatchObject({ kind: 'post' });
    activate(adapter, doc, fixtureControl(doc, 'reply:jordan'));
    expect(activate(adapter, doc, button)).toMatchObject({ kind: 'reply', person: JORDAN });
    now += 11 * 60_000; // long after: no longer that reply
    expect(activate(adapter, doc, button)).toMatchObject({ kind: 'post' });
    activate(adapter, doc, fixtureControl(doc, 'reply:maria'));
    expect(activate(adapter, doc, button)).toMatchObject({ kind: 'reply', person: MARIA });
    expect(activate(adapter, doc, fixtureControl(doc, 'close'))).toBeNull(); // closing forgets it
    expect(activate(adapter, doc, button)).toEqual({
      kind: 'post',
      platform: 'x',
      control: 'Reply',
      draft: 'Thinking of you, Maria',
      step: 'send',
    });
  });

  it('leaves the toolbar, Like and Repost alone', () => {
    const doc = load('replyDialog');
    const adapter = createXAdapter();
    for (const action of ['media', 'gif', 'like:maria', 'like:jordan', 'repost-menu:maria']) {
      expect(activate(adapter, doc, fixtureControl(doc, action))).toBeNull();
    }
    expect(activate(adapter, doc, one(doc, `${X.dialog} ${X.composer}`))).toBeNull();
  });
});

describe('a post’s own page (status)', () => {
  it('the inline composer replies to the page’s post', () => {
    const doc = load('status');
    const editor = one(doc, X.composer);
    typeDraft(editor, ['Here if you need anything']);
    const adapter = createXAdapter();
    const button = one(doc, X.send);
    expect(activate(adapter, doc, inner(button))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Reply',
      draft: 'Here if you need anything',
      step: 'send',
      person: MARIA,
    });
    expect(enter(adapter, doc, editor, { ctrlOrMeta: true })).toMatchObject({ kind: 'reply', person: MARIA, replayTarget: button });
  });

  it('finds the post by its id when the address has no handle (/i/status/ID)', () => {
    const doc = loadX(X_PAGES.status.file, 'https://x.com/i/status/1790000000000000001');
    typeDraft(one(doc, X.composer), ['Hi']);
    expect(activate(createXAdapter(), doc, one(doc, X.send))).toMatchObject({ kind: 'reply', person: MARIA });
  });

  it('Follow on the post follows its author; each Reply opens a reply to its own post’s author', () => {
    const doc = load('status');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'follow:maria-focal'))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow',
      person: MARIA,
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:maria-focal'))).toMatchObject({ step: 'open', person: MARIA });
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:jordan'))).toMatchObject({ step: 'open', person: JORDAN });
  });

  it('"Follow @handle" in the post’s More menu follows that account', () => {
    const doc = load('status');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, 'follow:maria-menu')))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Follow @maria_perez',
      person: { handle: 'maria_perez' },
    });
  });

  it('leaves More, Mute, Block, Like, Bookmark, Back and the mention link alone', () => {
    const doc = load('status');
    const adapter = createXAdapter();
    for (const action of [
      'more:maria',
      'mute:maria',
      'block:maria',
      'like:maria-focal',
      'bookmark:maria-focal',
      'back',
      'like:jordan',
      'media',
    ]) {
      expect(activate(adapter, doc, fixtureControl(doc, action))).toBeNull();
    }
    for (const a of doc.querySelectorAll('a[href]')) expect(activate(adapter, doc, inner(a))).toBeNull();
  });
});

describe('quote (quote)', () => {
  it('Quote in the Repost menu opens a reply-like post about the reposted post’s author', () => {
    const doc = load('quote');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'repost-menu:maria'))).toBeNull();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'quote:maria')))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Quote',
      step: 'open',
      person: MARIA,
    });
  });

  it('Quote without a Repost button pressed first still counts, without a person', () => {
    const doc = load('quote');
    expect(activate(createXAdapter(), doc, fixtureControl(doc, 'quote:maria'))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Quote',
      step: 'open',
    });
  });

  it('a plain Repost is not guarded', () => {
    const doc = load('quote');
    const adapter = createXAdapter();
    activate(adapter, doc, fixtureControl(doc, 'repost-menu:maria'));
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'repost:maria')))).toBeNull();
  });

  it('posting the quote is a reply to the quoted post’s author, with the draft', () => {
    const doc = load('quote');
    typeDraft(one(doc, X.composer), ['So proud of Maria']);
    expect(activate(createXAdapter(), doc, one(doc, X.send))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Post',
      draft: 'So proud of Maria',
      step: 'send',
      person: MARIA,
    });
  });
});

describe('new post (compose-post)', () => {
  it('a post with no post to answer is a post, checked for names', () => {
    const doc = load('composePost');
    typeDraft(one(doc, X.composer), ['Saw Maria Perez at the race']);
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'new-post'))).toBeNull();
    expect(activate(adapter, doc, one(doc, X.send))).toEqual({
      kind: 'post',
      platform: 'x',
      control: 'Post',
      draft: 'Saw Maria Perez at the race',
      step: 'send',
    });
  });

  it('after Reply on a post, the dialog without a copy of it answers that post; the side bar’s Post starts afresh', () => {
    const doc = load('composePost');
    typeDraft(one(doc, X.composer), ['Hello']);
    const adapter = createXAdapter();
    activate(adapter, doc, fixtureControl(doc, 'reply:maria'));
    expect(activate(adapter, doc, one(doc, X.send))).toMatchObject({ kind: 'reply', person: MARIA });
    activate(adapter, doc, fixtureControl(doc, 'new-post'));
    expect(activate(adapter, doc, one(doc, X.send))).toMatchObject({ kind: 'post' });
  });
});

describe('X Chat (chat)', () => {
  function typed(page: XPage = 'chat', url?: string): { doc: Document; editor: HTMLTextAreaElement } {
    const doc = url ? loadX(X_PAGES[page].file, url) : load(page);
    const editor = one(doc, X.chatEditor) as HTMLTextAreaElement;
    editor.value = 'Can we move Tuesday?';
    return { doc, editor };
  }

  it('Enter sends a message to the conversation’s person, replayed through the send button', () => {
    const { doc, editor } = typed();
    expect(enter(createXAdapter(), doc, editor)).toEqual({
      kind: 'message',
      platform: 'x',
      control: 'Enter',
      draft: 'Can we move Tuesday?',
      step: 'send',
      replayTarget: one(doc, X.chatSend),
      person: MARIA,
    });
  });

  it('the send button sends the same message', () => {
    const { doc } = typed();
    expect(activate(createXAdapter(), doc, inner(one(doc, X.chatSend)))).toMatchObject({
      kind: 'message',
      control: 'Send',
      draft: 'Can we move Tuesday?',
      person: MARIA,
    });
  });

  it('Shift+Enter is a newline; Enter in an empty box sends nothing', () => {
    const { doc, editor } = typed();
    const adapter = createXAdapter();
    expect(enter(adapter, doc, editor, { shift: true })).toBeNull();
    editor.value = '  ';
    expect(enter(adapter, doc, editor)).toBeNull();
  });

  it('without a link in the header, the person comes from the open conversation’s list item', () => {
    const { doc, editor } = typed();
    one(doc, `${X.chatHeader} a`).removeAttribute('href');
    expect(enter(createXAdapter(), doc, editor)?.person).toEqual(MARIA);
  });

  it('the list item is the one in the address, whichever is marked selected', () => {
    const { doc, editor } = typed('chat', 'https://x.com/i/chat/1500000000-1500000002');
    one(doc, `${X.chatHeader} a`).removeAttribute('href');
    expect(enter(createXAdapter(), doc, editor)?.person).toEqual(JORDAN);
  });

  it('a group conversation has no one person; the draft is still checked', () => {
    const { doc, editor } = typed('chat', 'https://x.com/i/chat/g1790000000000000777');
    expect(enter(createXAdapter(), doc, editor)).toEqual({
      kind: 'message',
      platform: 'x',
      control: 'Enter',
      draft: 'Can we move Tuesday?',
      step: 'send',
      replayTarget: one(doc, X.chatSend),
    });
  });

  it('leaves the conversation list and the header’s More alone', () => {
    const doc = load('chat');
    const adapter = createXAdapter();
    for (const action of ['open:maria', 'open:jordan', 'open:group', 'chat-more']) {
      expect(activate(adapter, doc, fixtureControl(doc, action))).toBeNull();
    }
  });
});

describe('older Messages page (messages-legacy)', () => {
  it('Enter in the DraftJS composer sends to the conversation’s person, replayed through the send button', () => {
    const doc = load('messagesLegacy');
    const editor = one(doc, X.legacyEditor);
    typeDraft(editor, ['See you then']);
    const adapter = createXAdapter();
    expect(enter(adapter, doc, inner(editor))).toEqual({
      kind: 'message',
      platform: 'x',
      control: 'Enter',
      draft: 'See you then',
      step: 'send',
      replayTarget: one(doc, X.legacySend),
      person: MARIA,
    });
    expect(activate(adapter, doc, one(doc, X.legacySend))).toMatchObject({ kind: 'message', draft: 'See you then', person: MARIA });
    expect(enter(adapter, doc, editor, { shift: true })).toBeNull();
  });

  it('without the pane’s profile link, the person comes from the conversation in the address', () => {
    const doc = load('messagesLegacy');
    const editor = one(doc, X.legacyEditor);
    typeDraft(editor, ['See you then']);
    one(doc, 'section[aria-label="Section details"] a[href="/maria_perez"]').removeAttribute('href');
    expect(enter(createXAdapter(), doc, editor)?.person).toEqual(MARIA);
  });

  it('leaves the conversation links alone', () => {
    const doc = load('messagesLegacy');
    expect(activate(createXAdapter(), doc, inner(fixtureControl(doc, 'open:maria')))).toBeNull();
  });
});

describe('Spanish pages (html lang="es")', () => {
  const LUCIA = { handle: 'lucia_gomez', name: 'Lucía Gómez' };

  it('"Seguir también" is a follow back, "Seguir" a follow', () => {
    const doc = load('profileEs');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'follow-back:lucia')))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Seguir también',
      back: true,
      person: LUCIA,
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'follow:jordan'))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Seguir',
      person: JORDAN,
    });
  });

  it('"Citar" is Quote, "Repostear" is not guarded; Reply reads "Responder"', () => {
    const doc = load('profileEs');
    const adapter = createXAdapter();
    activate(adapter, doc, fixtureControl(doc, 'repost-menu:lucia'));
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'quote:lucia')))).toEqual({
      kind: 'reply',
      platform: 'x',
      control: 'Citar',
      step: 'open',
      person: LUCIA,
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'repost:lucia'))).toBeNull();
    expect(activate(adapter, doc, fixtureControl(doc, 'reply:lucia'))).toMatchObject({ control: 'Responder', person: LUCIA });
  });

  it('"Seguir a @…" in a menu follows that account, "Dejar de seguir a @…" is left alone', () => {
    const doc = load('profileEs');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'follow:lucia-menu'))).toEqual({
      kind: 'follow',
      platform: 'x',
      control: 'Seguir a @lucia_gomez',
      person: { handle: 'lucia_gomez' },
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'unfollow:jordan-menu'))).toBeNull();
  });

  it('"Aceptar" accepts a follower request, "Rechazar" is left alone', () => {
    const doc = load('followerRequestsEs');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'accept:lucia')))).toEqual({
      kind: 'connect.accept',
      platform: 'x',
      control: 'Aceptar',
      person: LUCIA,
    });
    expect(activate(adapter, doc, fixtureControl(doc, 'decline:lucia'))).toBeNull();
  });

  it('the tables are keyed on html[lang]: on an English page the Spanish words mean nothing', () => {
    const doc = load('profileEs');
    doc.documentElement.setAttribute('lang', 'en');
    const adapter = createXAdapter();
    expect(activate(adapter, doc, fixtureControl(doc, 'follow-back:lucia'))).not.toHaveProperty('back');
    expect(activate(adapter, doc, fixtureControl(doc, 'quote:lucia'))).toBeNull();
    const requests = load('followerRequestsEs');
    requests.documentElement.setAttribute('lang', 'en');
    expect(activate(adapter, requests, fixtureControl(requests, 'accept:lucia'))).toBeNull();
  });
});

describe('message requests (chat-request, one page per language)', () => {
  const LUCIA = { handle: 'lucia_gomez', name: 'Lucía Gómez' };
  const PAGES_BY_LANGUAGE = [
    ['chatRequest', 'Accept', 'en'],
    ['chatRequestEs', 'Aceptar', 'es'],
    ['chatRequestFr', 'Accepter', 'fr'],
    ['chatRequestDe', 'Annehmen', 'de'],
    ['chatRequestPt', 'Aceitar', 'pt-BR'],
    ['chatRequestIt', 'Accetta', 'it'],
  ] as const;

  it.each(PAGES_BY_LANGUAGE)('%s: "%s" accepts the request of the conversation’s other party (html lang="%s")', (page, label, lang) => {
    const doc = load(page);
    expect(doc.documentElement.lang).toBe(lang);
    const adapter = createXAdapter();
    expect(activate(adapter, doc, inner(fixtureControl(doc, 'accept:lucia')))).toEqual({
      kind: 'connect.accept',
      platform: 'x',
      control: label,
      person: LUCIA,
    });
    for (const other of ['delete:lucia', 'block:lucia', 'open-request:lucia', 'open-request:jordan', 'chat-more']) {
      expect(activate(adapter, doc, inner(fixtureControl(doc, other))), other).toBeNull();
    }
  });

  it('the person comes from the request’s list item when the header has no link', () => {
    const doc = load('chatRequest');
    doc.querySelector(`${X.chatHeader} a`)?.removeAttribute('href');
    expect(activate(createXAdapter(), doc, fixtureControl(doc, 'accept:lucia'))?.person).toEqual({ name: 'Lucía Gómez' });
  });

  it('an "Accept" with no Delete, Block or Report beside it, or away from a conversation, is not a request', () => {
    const alone = load('chatRequest');
    for (const action of ['delete:lucia', 'block:lucia']) fixtureControl(alone, action).remove();
    expect(activate(createXAdapter(), alone, fixtureControl(alone, 'accept:lucia'))).toBeNull();
    const elsewhere = loadX(X_PAGES.chatRequest.file, 'https://x.com/home');
    elsewhere.querySelector(X.chatPanel)?.removeAttribute('data-testid');
    expect(activate(createXAdapter(), elsewhere, fixtureControl(elsewhere, 'accept:lucia'))).toBeNull();
  });

  it('on a page in a language without a table only English labels count, and the site says which languages it knows', () => {
    const adapter = createXAdapter();
    expect(xSite.labels.languages).toEqual(['en', 'es', 'fr', 'de', 'pt', 'it']);
    const doc = load('chatRequestDe');
    expect(unsupportedLanguage(xSite.labels, doc)).toBeNull();
    doc.documentElement.setAttribute('lang', 'nl');
    expect(unsupportedLanguage(xSite.labels, doc)).not.toBeNull();
    expect(activate(adapter, doc, fixtureControl(doc, 'accept:lucia'))).toBeNull();
  });

  it('"@handle folgen" in a German menu follows that account: the handle is cut off wherever it stands', () => {
    const doc = load('profileEs');
    doc.documentElement.setAttribute('lang', 'de');
    const item = fixtureControl(doc, 'follow:lucia-menu');
    item.textContent = '@lucia_gomez folgen';
    expect(activate(createXAdapter(), doc, item)).toEqual({
      kind: 'follow',
      platform: 'x',
      control: '@lucia_gomez folgen',
      person: { handle: 'lucia_gomez' },
    });
    item.textContent = '@lucia_gomez entfolgen';
    expect(activate(createXAdapter(), doc, item)).toBeNull();
  });
});

describe('every control of every hand-written page', () => {
  // The fixtures name each control's action; these prefixes are what the adapter must recognise, as which kind.
  const GUARDED: Record<string, GuardedAction['kind']> = {
    'follow:': 'follow',
    'follow-back:': 'follow',
    'accept:': 'connect.accept',
    'reply:': 'reply',
    'quote:': 'reply',
  };
  const SENDS = new Set(['reply-send:maria', 'reply-inline:maria', 'quote-send:maria', 'post', 'dm:maria']);
  const pages = (Object.keys(X_PAGES) as XPage[]).filter((p) => p !== 'home' && p !== 'profile');

  it.each(pages)('%s: guarded controls are recognised as their kind, all others are left alone', (page) => {
    const doc = load(page);
    const adapter = createXAdapter();
    const controls = [...doc.querySelectorAll<HTMLElement>('[data-fixture-action]')].filter(
      (el) => !el.hasAttribute('data-fixture-enter') && !el.matches('form'),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      const name = control.getAttribute('data-fixture-action') ?? '';
      const prefix = Object.keys(GUARDED).find((p) => name.startsWith(p));
      const action = activate(adapter, doc, inner(control));
      if (SENDS.has(name)) expect(action, name).not.toBeNull();
      else if (prefix && name !== 'accept:terms') expect(action?.kind, name).toBe(GUARDED[prefix]);
      else expect(action, name).toBeNull();
    }
  });
});
