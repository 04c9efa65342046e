/** @jsxImportSource react */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useApp } from '../kit/app';

/**
 * Yelp for Business's reviews page (/r2r/BUSINESS_ID/reviews) run by React 19: every handler is React's, reached
 * through react-dom's listeners on the root, and each draft is a controlled textarea whose text lives in React
 * state (the app sends what its state holds, not what a harness reads from the DOM). Markup as
 * test/fixtures/yelp/biz-reviews*.html (no capture of biz.yelp.com exists; unverified): reviewer blocks in a
 * passport-container, ratings as aria-label, Thank / Comment / Direct message, a public comment box with a Send
 * button (Sam L.'s, open) and a private message form whose Send submits it (Robin P.'s, open). Classes are
 * generated y-css-HASH names, new on every load.
 */

const HEX = 'abcdefghijklmnopqrstuvwxyz0123456789';
function yCss(): string {
  return `y-css-${Array.from({ length: 6 }, () => HEX[Math.floor(Math.random() * HEX.length)]).join('')}`;
}

function useClass(): string {
  return useState(yCss)[0];
}

function TextButton({ e2e, onPress, children }: { e2e: string; onPress(): void; children: ReactNode }) {
  const c = useClass();
  return (
    <div className={useClass()}>
      <button type="button" className={c} data-e2e={e2e} onClick={onPress}>
        <span className={c}>
          <span className={c}>{children}</span>
        </span>
      </button>
    </div>
  );
}

function Card({
  id,
  name,
  city,
  stars,
  text,
  children,
}: {
  id: string;
  name: string;
  city: string;
  stars: number;
  text: string;
  children: ReactNode;
}) {
  const { send } = useApp();
  const c = useClass();
  return (
    <li className={c}>
      <div className={useClass()} data-e2e={`card:${id}`}>
        <div className={`user-passport-container ${c}`}>
          <div className={useClass()}>
            <span className={`fs-block ${c}`}>{name}</span>
            <span className={c}>{city}</span>
          </div>
        </div>
        <div className={c}>
          <div role="img" aria-label={`${stars} star rating`} className={c} />
        </div>
        <p className={c}>
          <span lang="en">{text}</span>
        </p>
        <div className={useClass()}>
          <TextButton e2e={`thank:${id}`} onPress={() => send(`thank:${id}`)}>
            Thank
          </TextButton>
          <TextButton e2e={`open-comment:${id}`} onPress={() => send(`open-comment:${id}`)}>
            Comment
          </TextButton>
          <TextButton e2e={`open-message:${id}`} onPress={() => send(`open-message:${id}`)}>
            Direct message
          </TextButton>
        </div>
        {children}
      </div>
    </li>
  );
}

/** The public comment box under a review: a controlled textarea and a Send button. */
function CommentBox({ id }: { id: string }) {
  const { send } = useApp();
  const [draft, setDraft] = useState('');
  const c = useClass();
  return (
    <div className={c}>
      <textarea
        name="public_comment"
        rows={4}
        placeholder="Write a public comment…"
        aria-label="Public comment"
        className={c}
        data-e2e={`comment-field:${id}`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <TextButton
        e2e={`comment:${id}`}
        onPress={() => {
          if (!draft.trim()) return;
          send(`comment:${id}`, draft.trim());
          setDraft('');
        }}
      >
        Send
      </TextButton>
    </div>
  );
}

/** The private message form: its Send is a submit button, the app sends on submit. */
function MessageForm({ id, name }: { id: string; name: string }) {
  const { send } = useApp();
  const [draft, setDraft] = useState('');
  const c = useClass();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    send(`message:${id}`, draft.trim());
    setDraft('');
  };
  return (
    <form className={c} aria-label={`Direct message to ${name}`} data-e2e={`message:${id}`} onSubmit={submit}>
      <h3 className={c}>Send a private message to {name}</h3>
      <textarea
        name="message"
        rows={4}
        placeholder="Write a message…"
        className={c}
        data-e2e={`message-field:${id}`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className={c}>
        <span className={c}>Send</span>
      </button>
    </form>
  );
}

export default function Reviews() {
  const { send } = useApp();
  const c = useClass();
  return (
    <div className={c}>
      <header className={c}>
        <a
          href="/inbox/RcT7app0000000000000000"
          data-e2e="nav:inbox"
          onClick={(e) => {
            e.preventDefault();
            send('nav:inbox');
          }}
        >
          <span>Inbox</span>
        </a>
      </header>
      <main className={c}>
        <h1 className={c}>Reviews</h1>
        <ul className={useClass()}>
          <Card id="sam" name="Sam L." city="San Francisco, CA" stars={5} text="Kind, patient and always on time.">
            <CommentBox id="sam" />
          </Card>
          <Card id="robin" name="Robin P." city="Oakland, CA" stars={2} text="Hard to get an appointment.">
            <MessageForm id="robin" name="Robin P." />
          </Card>
        </ul>
      </main>
    </div>
  );
}
