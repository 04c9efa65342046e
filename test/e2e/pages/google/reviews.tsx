/** @jsxImportSource react */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useApp, useAtomic } from '../kit/app';

/**
 * business.google.com's reviews list run by React 19: every handler is React's, reached through react-dom's
 * listeners on the root, and the reply box exists only once "Reply" (or "Edit") has put it in React state, as on the
 * live app, where the box is rendered on demand. Its field is a controlled textarea; the app sends what its state
 * holds when the form is submitted. Markup as test/fixtures/google/business-reviews.html (unverified: no capture of
 * business.google.com exists): the reviewer's name links to /maps/contrib/<digits>, ratings are images with a label,
 * classes are generated and new on every load.
 */

function TextButton({ e2e, onPress, children, submit }: { e2e?: string; onPress?(): void; children: ReactNode; submit?: boolean }) {
  const c = useAtomic();
  return (
    <button type={submit ? 'submit' : 'button'} className={c} data-e2e={e2e} onClick={onPress}>
      <div className={useAtomic()} />
      <span className={c}>{children}</span>
    </button>
  );
}

/** The reply form: a controlled textarea; the app sends on submit. */
function ReplyForm({ id, name, initial, onDone }: { id: string; name: string; initial: string; onDone(): void }) {
  const { send } = useApp();
  const [draft, setDraft] = useState(initial);
  const c = useAtomic();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    send(`reply:${id}`, draft.trim());
    onDone();
  };
  return (
    <form className={c} data-e2e={`reply-form:${id}`} onSubmit={submit}>
      <label className={useAtomic()}>
        <span className={c}>Reply publicly to {name}</span>
        <textarea rows={4} className={c} data-e2e={`reply-field:${id}`} value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <div className={useAtomic()}>
        <TextButton e2e={`cancel:${id}`} onPress={onDone}>
          Cancel
        </TextButton>
        <TextButton submit>Reply</TextButton>
      </div>
    </form>
  );
}

function Review({
  id,
  name,
  contributor,
  stars,
  text,
  reply,
}: {
  id: string;
  name: string;
  contributor: string;
  stars: number;
  text: string;
  reply?: string;
}) {
  const { send } = useApp();
  const [open, setOpen] = useState(false);
  const c = useAtomic();
  const parts = [useAtomic(), useAtomic(), useAtomic(), useAtomic(), useAtomic(), useAtomic()];
  return (
    <div role="listitem" className={c} data-e2e={`card:${id}`}>
      <div className={parts[0]}>
        <a href={`https://www.google.com/maps/contrib/${contributor}`} target="_blank" rel="noreferrer" className={c}>
          <span className={parts[1]}>
            <span className={c}>{name}</span>
          </span>
        </a>
      </div>
      <div className={parts[2]}>
        <span role="img" aria-label={`${stars} out of 5 stars`} className={c} />
      </div>
      <div className={parts[3]}>
        <span>{text}</span>
      </div>
      {reply && !open ? (
        <div className={parts[4]}>
          <div>Your reply</div>
          <div>{reply}</div>
          <TextButton
            e2e={`edit:${id}`}
            onPress={() => {
              send(`edit:${id}`);
              setOpen(true);
            }}
          >
            Edit
          </TextButton>
          <TextButton e2e={`delete:${id}`} onPress={() => send(`delete:${id}`)}>
            Delete
          </TextButton>
        </div>
      ) : null}
      <div className={parts[5]}>
        <button type="button" aria-label="Share review" className={c} data-e2e={`share:${id}`} onClick={() => send(`share:${id}`)}>
          <span className={c} />
        </button>
        {!reply && !open ? (
          <TextButton
            e2e={`open-reply:${id}`}
            onPress={() => {
              send(`open-reply:${id}`);
              setOpen(true);
            }}
          >
            Reply
          </TextButton>
        ) : null}
      </div>
      {open ? <ReplyForm id={id} name={name} initial={reply ?? ''} onDone={() => setOpen(false)} /> : null}
    </div>
  );
}

export default function Reviews() {
  const { send } = useApp();
  const c = useAtomic();
  return (
    <div className={c}>
      <main className={c}>
        <h1 className={useAtomic()}>Reviews</h1>
        <div role="list" className={useAtomic()}>
          <Review id="sam" name="Sam L." contributor="103482915577201938475" stars={5} text="Kind, patient and always on time." />
          <Review
            id="robin"
            name="Robin Park"
            contributor="112233445566778899001"
            stars={2}
            text="Hard to get an appointment."
            reply="We are sorry to hear that."
          />
        </div>
        <TextButton e2e="show-more" onPress={() => send('show-more')}>
          Show more
        </TextButton>
      </main>
    </div>
  );
}
