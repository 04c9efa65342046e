/** @jsxImportSource react */
import { type KeyboardEvent, useState } from 'react';
import { useApp, useUnderscored } from '../kit/app';
import { strings } from './_strings';
import { IgButton, IgLink, Nest } from './_ui';

/**
 * A post page (/p/ID/) by maria.perez, as the 2026 captures show it (REAL-MARKUP.md, Instagram 1–2): the
 * author's header with a Follow `<button>`, a comment by someone else with Reply, and the comment form: a
 * React-controlled textarea "Add a comment…" (one-character ellipsis in English) and a Post `div[role=button]`
 * that is `aria-disabled="true"` until there is text. Enter in the textarea posts as often as Post does.
 */
export default function Post() {
  const s = strings();
  const { send } = useApp();
  const [draft, setDraft] = useState('');
  const empty = draft.trim() === '';
  const postIt = () => {
    if (empty) return;
    send('comment:maria', draft.trim());
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    postIt();
  };
  const [form, area, post, postText] = [useUnderscored(4), useUnderscored(5), useUnderscored(6), useUnderscored(3)];
  return (
    <main role="main" className={useUnderscored()}>
      <article className={useUnderscored()}>
        <header className={useUnderscored()}>
          <Nest>
            <IgLink handle="maria.perez" />
          </Nest>
          <span> • </span>
          <Nest layers={2}>
            <IgButton text={s.follow} e2e="follow:maria" onPress={() => send('follow:maria')} />
          </Nest>
        </header>
        <Nest>
          <ul className={useUnderscored()}>
            <li>
              <Nest layers={2}>
                <IgLink handle="sam.lee" />
                <span> Congratulations!</span>
              </Nest>
              <Nest layers={2}>
                <IgButton text={s.reply} e2e="reply:sam" onPress={() => send('reply:sam')} />
              </Nest>
            </li>
          </ul>
        </Nest>
        <section className={useUnderscored()}>
          <Nest layers={2}>
            <form className={form} method="POST" onSubmit={(e) => e.preventDefault()}>
              <textarea
                aria-label={s.addComment}
                placeholder={s.addComment}
                autoComplete="off"
                autoCorrect="off"
                className={area}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={onKeyDown}
                data-e2e="comment:maria"
              />
              <div className={useUnderscored()}>
                <div
                  aria-disabled={empty ? 'true' : undefined}
                  className={post}
                  role="button"
                  tabIndex={empty ? -1 : 0}
                  onClick={postIt}
                  data-e2e="post:maria"
                >
                  <span className={postText}>{s.post}</span>
                </div>
              </div>
            </form>
          </Nest>
        </section>
      </article>
    </main>
  );
}
