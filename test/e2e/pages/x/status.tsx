/** @jsxImportSource react */
import { type ReactNode, useRef, useState } from 'react';
import { useApp } from '../kit/app';
import { DraftBox, type DraftHandle } from '../kit/draft';

/**
 * A post's own page on x.com (/maria_perez/status/ID), run by React 19 and Draft.js as X's composers are: the
 * post with its author block and Reply (as in the saved x.com pages), a stranger's reply, and the inline reply
 * composer, a Draft.js editor with data-testid="tweetTextarea_0" and aria-label "Post text" on its
 * contenteditable, beside the "tweetButtonInline" send button, disabled (disabled, aria-disabled, tabindex -1)
 * while the draft is empty. Ctrl/Cmd+Enter or the button sends the EditorState's text into the app's sent list.
 * Classes are React Native Web's generated "css-175oi2r r-…" (new on every load); labels sit in nested spans.
 */

const HEX = 'abcdefghijklmnopqrstuvwxyz0123456789';
function rnw(count = 4): string {
  const token = () => Array.from({ length: 6 }, () => HEX[Math.floor(Math.random() * HEX.length)]).join('');
  return ['css-175oi2r', ...Array.from({ length: count }, () => `r-${token()}`)].join(' ');
}

/** React Native Web nests every view in a few plain divs. */
function Deep({ layers = 3, children }: { layers?: number; children: ReactNode }) {
  const [classes] = useState(() => Array.from({ length: layers }, () => rnw(3)));
  return classes.reduceRight<ReactNode>(
    (inner, c) => (
      <div key={c} className={c}>
        {inner}
      </div>
    ),
    children,
  );
}

function UserName({ handle, name }: { handle: string; name: string }) {
  const [c] = useState(() => rnw(5));
  return (
    <div data-testid="User-Name" className={c}>
      <Deep layers={2}>
        <a href={`/${handle}`} role="link" className={c}>
          <div dir="ltr" className={c}>
            <span className={c}>
              <span className={c}>{name}</span>
            </span>
          </div>
        </a>
      </Deep>
      <Deep layers={2}>
        <a href={`/${handle}`} role="link" tabIndex={-1} className={c}>
          <div dir="ltr" className={c}>
            <span className={c}>@{handle}</span>
          </div>
        </a>
      </Deep>
    </div>
  );
}

function Post({ id, handle, name, text, replies }: { id: string; handle: string; name: string; text: string; replies: number }) {
  const { send } = useApp();
  const [c] = useState(() => rnw(6));
  return (
    <article data-testid="tweet" role="article" tabIndex={0} className={c} aria-labelledby={`post-${id}`}>
      <Deep layers={4}>
        <UserName handle={handle} name={name} />
        <Deep>
          <div data-testid="tweetText" dir="auto" id={`post-${id}`} className={c}>
            <span className={c}>{text}</span>
          </div>
        </Deep>
        <div role="group" aria-label={`${replies} replies`} className={c}>
          <Deep layers={2}>
            <button
              type="button"
              role="button"
              data-testid="reply"
              aria-label={`${replies} Replies. Reply`}
              className={c}
              data-e2e={`reply:${id}`}
              onClick={() => send(`open-reply:${id}`)}
            >
              <Deep layers={2}>
                <svg viewBox="0 0 24 24" aria-hidden="true" />
              </Deep>
            </button>
          </Deep>
        </div>
      </Deep>
    </article>
  );
}

function InlineReply() {
  const { send } = useApp();
  const handle = useRef<DraftHandle>(null);
  const [empty, setEmpty] = useState(true);
  const [c] = useState(() => rnw(8));
  return (
    <div className={c} data-e2e="composer">
      <Deep layers={5}>
        <div data-testid="tweetTextarea_0_label" className={c}>
          <div data-testid="tweetTextarea_0RichTextInputContainer" className={c} data-e2e="reply-editor">
            <DraftBox
              testId="tweetTextarea_0"
              ariaLabel="Post text"
              placeholder="Post your reply"
              sendOn="ctrl-enter"
              handle={handle}
              onEmptyChange={setEmpty}
              onSend={(text) => send('reply:maria', text)}
            />
          </div>
        </div>
      </Deep>
      <Deep layers={3}>
        <button
          type="button"
          role="button"
          data-testid="tweetButtonInline"
          className={c}
          disabled={empty}
          aria-disabled={empty ? 'true' : undefined}
          tabIndex={empty ? -1 : 0}
          data-e2e="reply-send"
          onClick={() => handle.current?.send()}
        >
          <div dir="ltr" className={c}>
            <span className={c}>
              <span className={c}>Reply</span>
            </span>
          </div>
        </button>
      </Deep>
    </div>
  );
}

export default function Status() {
  const [c] = useState(() => rnw(5));
  return (
    <div id="react-root" className={c}>
      <main role="main" className={c}>
        <div data-testid="primaryColumn" className={c}>
          <Deep layers={3}>
            <section role="region" aria-labelledby="thread-heading" className={c}>
              <h1 id="thread-heading" className={c}>
                Conversation
              </h1>
              <Deep layers={2}>
                <Post
                  id="maria"
                  handle="maria_perez"
                  name="María Pérez"
                  text="Long run done. Thank you all for the support this year."
                  replies={3}
                />
              </Deep>
              <InlineReply />
              <Deep layers={2}>
                <Post id="jordan" handle="jordan_smith" name="Jordan Smith" text="Congrats! See you at the next race." replies={0} />
              </Deep>
            </section>
          </Deep>
        </div>
      </main>
    </div>
  );
}
