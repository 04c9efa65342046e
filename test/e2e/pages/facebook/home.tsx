/** @jsxImportSource react */
import { useRef, useState } from 'react';
import { useApp, useAtomic } from '../kit/app';
import { type EditorHandle, LexicalBox } from '../kit/lexical';
import { strings } from './_strings';
import { Deep, FbButton, ProfileLink } from './_ui';

/**
 * Facebook's home feed (/home.php) as the saved pages show it, in the shell's language: the notifications jewel
 * with a friend request (Confirm / Delete), posts whose header has a Follow with no aria-label, "Comment as NAME"
 * Lexical composers, and a Messenger chat tab whose composer is Lexical too (REAL-MARKUP.md, Facebook 1–6).
 */

const VIEWER = 'Dana Whitfield';

const REQUESTS = [
  { id: 'maria', name: 'María José Pérez', profileId: '100001234567890' },
  { id: 'jordan', name: 'Jordan Smith', profileId: '100005555555555' },
];

function Jewel() {
  const s = strings();
  const { send } = useApp();
  const [open, setOpen] = useState(false);
  const [answered, setAnswered] = useState<string[]>([]);
  const [panel, row] = [useAtomic(), useAtomic()];
  return (
    <div role="banner" className={useAtomic()}>
      <Deep>
        <FbButton label={s.notifications} onPress={() => setOpen((o) => !o)} e2e="jewel" />
      </Deep>
      {open ? (
        <div role="dialog" aria-label={s.notifications} className={panel} data-e2e="jewel-panel">
          <Deep layers={2}>
            <h3>{s.friendRequests}</h3>
          </Deep>
          <div role="grid">
            {REQUESTS.filter((r) => !answered.includes(r.id)).map((r) => (
              <div role="row" className={row} key={r.id} data-e2e={`request:${r.id}`}>
                <div role="gridcell">
                  <Deep layers={4}>
                    <a
                      href={`/friends/requests/?profile_id=${r.profileId}&notif_t=friend_request`}
                      className={row}
                      role="link"
                      tabIndex={0}
                    >
                      <span dir="auto">
                        <strong>{r.name}</strong> {s.sentRequest}
                      </span>
                    </a>
                  </Deep>
                  <Deep layers={3}>
                    <Deep layers={2}>
                      <FbButton
                        label={s.confirm}
                        text={s.confirm}
                        e2e={`accept:${r.id}`}
                        onPress={() => {
                          send(`accept:${r.id}`);
                          setAnswered((a) => [...a, r.id]);
                        }}
                      />
                    </Deep>
                    <Deep layers={2}>
                      <FbButton label={s.delete} text={s.delete} e2e={`delete:${r.id}`} onPress={() => send(`delete:${r.id}`)} />
                    </Deep>
                  </Deep>
                </div>
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** The Follow in a post's header: a div[role=button] with only a span inside, no aria-label, no clone. */
function HeaderFollow({ id }: { id: string }) {
  const { send } = useApp();
  const s = strings();
  const [b, t] = [useAtomic(), useAtomic(3)];
  return (
    <div role="button" tabIndex={0} className={b} onClick={() => send(`follow:${id}`)} data-e2e={`follow:${id}`}>
      <span className={t}>{s.follow}</span>
    </div>
  );
}

function Post({ id, author, href }: { id: string; author: string; href: string }) {
  const { send } = useApp();
  const s = strings();
  const [box, header] = [useAtomic(), useAtomic()];
  return (
    <div aria-posinset={id === 'maria' ? 1 : 2} aria-setsize={-1} className={box} data-e2e={`post:${id}`}>
      <Deep>
        <div className={header}>
          <div data-ad-rendering-role="profile_name">
            <h4>
              <span>
                <ProfileLink href={href} name={author} />
              </span>
            </h4>
          </div>
          <span aria-hidden="true"> · </span>
          <HeaderFollow id={id} />
        </div>
      </Deep>
      <Deep layers={2}>
        <div dir="auto">{id === 'maria' ? 'Finished my first 10k today!' : 'New bike day.'}</div>
      </Deep>
      <Deep layers={4}>
        <FbButton label={s.like} text={s.like} e2e={`like:${id}`} onPress={() => send(`like:${id}`)} />
      </Deep>
      <Deep layers={4}>
        <div className={useAtomic()}>
          <LexicalBox
            aria-label={s.commentAs(VIEWER)}
            aria-placeholder={s.commentAs(VIEWER)}
            className={useAtomic(9)}
            data-e2e={`comment:${id}`}
            onSend={(text) => send(`comment:${id}`, text)}
          />
          <div aria-hidden="true" className={useAtomic()}>
            {s.writeComment}
          </div>
        </div>
      </Deep>
    </div>
  );
}

/** A Messenger chat tab: header link to the person, a Lexical composer, "Send a Like" that becomes the send button. */
function ChatTab() {
  const { send } = useApp();
  const s = strings();
  const handle = useRef<EditorHandle | null>(null);
  const [empty, setEmpty] = useState(true);
  return (
    <div role="complementary" className={useAtomic()}>
      <div className={useAtomic()} data-e2e="chat:maria">
        <Deep>
          <ProfileLink href="/profile.php?id=100001234567890" name="María José Pérez" />
        </Deep>
        <Deep layers={5}>
          <LexicalBox
            aria-label={s.message}
            aria-describedby="Write to María José Pérez"
            aria-placeholder="Aa"
            className={useAtomic(10)}
            data-e2e="message:maria"
            handle={handle}
            onEmptyChange={setEmpty}
            onSend={(text) => send('message:maria', text)}
          />
        </Deep>
        <Deep layers={2}>
          {empty ? (
            <FbButton label="Send a Like" e2e="like-chat:maria" onPress={() => send('like-chat:maria')} />
          ) : (
            <FbButton label={s.pressEnter} e2e="send:maria" onPress={() => handle.current?.send()} />
          )}
        </Deep>
      </div>
    </div>
  );
}

export default function Home() {
  return (
    <>
      <Jewel />
      <div role="main" className={useAtomic()}>
        <Deep layers={5}>
          <Post id="maria" author="María Pérez" href="/maria.perez" />
          <Post id="alex" author="Alex Kim" href="/alex.kim.9" />
        </Deep>
      </div>
      <ChatTab />
    </>
  );
}
