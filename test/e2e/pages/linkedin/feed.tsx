/** @jsxImportSource react */
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useApp } from '../kit/app';
import { type EditorHandle, LexicalBox } from '../kit/lexical';

/**
 * LinkedIn's feed (/feed/) run by React 19 and Lexical: every handler is React's, reached through react-dom's
 * listeners on the root, and the comment, reply and message boxes are Lexical editors on contenteditable
 * div[role=textbox] (LinkedIn's own is not Lexical, but a contenteditable whose text the app reads and sends
 * through its own handlers behaves the same). Comment and reply boxes are forms whose submit button sends
 * (Enter is a new line); the messaging overlay's box sends on Enter, or by its Send submit. Markup as
 * test/fixtures/linkedin/feed.html and network.html (unverified, no saved page): artdeco-button classes,
 * Ember-like ids that change on every load, names as aria-hidden spans beside visually-hidden copies,
 * labels that name the member ("Accept NAME’s invitation", "Invite NAME to connect", "Reply to NAME’s comment").
 */

let nextId = 100 + Math.floor(Math.random() * 800);
function useEmberId(): string {
  return useState(() => {
    nextId += 1;
    return `ember${nextId}`;
  })[0];
}

function Button({
  label,
  e2e,
  onPress,
  children,
  type = 'button',
}: {
  label?: string;
  e2e: string;
  onPress?(): void;
  children: ReactNode;
  type?: 'button' | 'submit';
}) {
  const id = useEmberId();
  return (
    <button
      aria-label={label}
      id={id}
      className="artdeco-button artdeco-button--2 artdeco-button--secondary ember-view"
      type={type}
      onClick={onPress}
      data-e2e={e2e}
    >
      <span className="artdeco-button__text">{children}</span>
    </button>
  );
}

function Name({ name, slug }: { name: string; slug: string }) {
  return (
    <a
      href={`https://www.linkedin.com/in/${slug}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAA${slug.length}`}
      className="app-aware-link"
    >
      <span aria-hidden="true">{name}</span>
      <span className="visually-hidden">View: {name} • 2nd</span>
    </a>
  );
}

/** A comment or reply box: a form around a Lexical editor; its submit button sends what the editor holds. */
function CommentForm({ e2e, placeholder, submit, channel }: { e2e: string; placeholder: string; submit: string; channel: string }) {
  const { send } = useApp();
  const handle = useRef<EditorHandle | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    handle.current?.send();
  };
  return (
    <div className="comments-comment-box comments-comment-box--cr">
      <form className="comments-comment-box__form" onSubmit={onSubmit} data-e2e={`${e2e}-form`}>
        <div className="editor-container relative">
          <LexicalBox
            className="ql-editor"
            aria-label="Text editor for creating content"
            aria-placeholder={placeholder}
            data-placeholder={placeholder}
            aria-multiline="true"
            data-e2e={`${e2e}-box`}
            enterSends={false}
            handle={handle}
            onSend={(text) => send(channel, text)}
          />
        </div>
        <Button type="submit" e2e={e2e}>
          {submit}
        </Button>
      </form>
    </div>
  );
}

function Post() {
  const { send } = useApp();
  const [replying, setReplying] = useState(false);
  return (
    <div role="article" data-urn="urn:li:activity:7390000000000000009" className="feed-shared-update-v2 artdeco-card" data-e2e="post:maria">
      <div className="update-components-actor display-flex">
        <Name name="Maria Perez" slug="maria-perez-4b1a2c" />
        <Button label="Follow Maria Perez" e2e="follow:maria" onPress={() => send('follow:maria')}>
          Follow
        </Button>
      </div>
      <div className="feed-shared-update-v2__description-wrapper">
        <span dir="ltr">Three things I learned about burnout this year…</span>
        <Button
          label="see more, visually reveals content which is already detected by screen readers"
          e2e="see-more:maria"
          onPress={() => send('see-more:maria')}
        >
          …more
        </Button>
      </div>
      <div className="feed-shared-social-action-bar">
        <Button label="React Like" e2e="like:maria" onPress={() => send('like:maria')}>
          Like
        </Button>
      </div>
      <CommentForm e2e="comment:maria" placeholder="Add a comment…" submit="Comment" channel="comment:maria" />
      <article className="comments-comment-entity" data-e2e="comment:sam">
        <Name name="Sam Lee" slug="samlee" />
        <div className="comments-comment-item__main-content">So true, thank you!</div>
        <div className="comments-comment-social-bar">
          <Button label="React Like to Sam Lee’s comment" e2e="like:sam" onPress={() => send('like:sam')}>
            Like
          </Button>
          <Button
            label="Reply to Sam Lee’s comment"
            e2e="reply:sam"
            onPress={() => {
              setReplying(true);
              send('reply:sam');
            }}
          >
            Reply
          </Button>
        </div>
        {replying ? <CommentForm e2e="reply-send:sam" placeholder="Add a reply…" submit="Reply" channel="reply-send:sam" /> : null}
      </article>
    </div>
  );
}

/** The My Network box beside the feed: an invitation and a suggestion. */
function Network() {
  const { send } = useApp();
  return (
    <aside className="scaffold-layout__aside" aria-label="My Network">
      <ul className="artdeco-list">
        <li className="invitation-card artdeco-list__item" data-e2e="invitation:maria">
          <Name name="Maria Perez" slug="maria-perez-4b1a2c" />
          <div className="invitation-card__action-container">
            <Button label="Ignore an invitation to connect from Maria Perez" e2e="ignore:maria" onPress={() => send('ignore:maria')}>
              Ignore
            </Button>
            <Button label="Accept Maria Perez’s invitation" e2e="accept:maria" onPress={() => send('accept:maria')}>
              Accept
            </Button>
          </div>
        </li>
        <li className="discover-fluid-entity-list--item" data-e2e="suggestion:sam">
          <Name name="Sam Lee" slug="samlee" />
          <Button label="Invite Sam Lee to connect" e2e="connect:sam" onPress={() => send('connect:sam')}>
            Connect
          </Button>
        </li>
      </ul>
    </aside>
  );
}

/** The messaging overlay at the bottom right with one conversation open: Enter sends, and so does Send. */
function Overlay() {
  const { send } = useApp();
  const handle = useRef<EditorHandle | null>(null);
  return (
    <aside id="msg-overlay" className="msg-overlay-container" aria-label="Messaging">
      <div className="msg-overlay-conversation-bubble" data-e2e="bubble:sam">
        <header className="msg-overlay-bubble-header">
          <h2 className="msg-overlay-bubble-header__title">
            <a href="/in/samlee/" className="profile-card-one-to-one__profile-link">
              <span className="t-14 t-bold">Sam Lee</span>
            </a>
          </h2>
        </header>
        <p className="msg-s-event-listitem__body">Hi, are you taking new clients?</p>
        <form
          className="msg-form msg-form--is-overlay"
          onSubmit={(event) => {
            event.preventDefault();
            handle.current?.send();
          }}
        >
          <LexicalBox
            className="msg-form__contenteditable"
            aria-label="Write a message…"
            aria-multiline="true"
            data-e2e="message-box:sam"
            handle={handle}
            onSend={(text) => send('message:sam', text)}
          />
          <Button type="submit" e2e="send:sam">
            Send
          </Button>
        </form>
      </div>
    </aside>
  );
}

export default function Feed() {
  return (
    <div className="application-outlet">
      <header className="global-nav" role="banner">
        <nav aria-label="Primary Navigation">
          <a href="/mynetwork/" data-e2e="nav:network">
            My Network
          </a>
        </nav>
      </header>
      <div className="scaffold-layout">
        <main className="scaffold-layout__main" aria-label="Main Feed">
          <Post />
        </main>
        <Network />
      </div>
      <Overlay />
    </div>
  );
}
