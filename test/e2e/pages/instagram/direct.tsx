/** @jsxImportSource react */
import { useRef, useState } from 'react';
import { useApp, useUnderscored } from '../kit/app';
import { type EditorHandle, LexicalBox } from '../kit/lexical';
import { strings } from './_strings';
import { IgLink, Nest } from './_ui';

/**
 * A Direct thread with maria.perez: the conversation list beside it (other people, links to their threads), the
 * thread header linking her profile, and the composer as a contenteditable `div[role=textbox][aria-label=Message]`
 * (REAL-MARKUP.md, Instagram 3) held by Lexical. Enter sends; "Send" appears once there is text.
 */
export default function Direct() {
  const s = strings();
  const { send } = useApp();
  const handle = useRef<EditorHandle | null>(null);
  const [empty, setEmpty] = useState(true);
  const sendClass = useUnderscored();
  return (
    <>
      <div aria-label="Thread list" role="list" className={useUnderscored()}>
        <div role="listitem">
          <a href="/direct/t/340282366841710300949128777/">
            <span>sam.lee</span>
          </a>
        </div>
      </div>
      <div role="main" className={useUnderscored()}>
        <Nest>
          <IgLink handle="maria.perez">
            <span>María Pérez</span>
          </IgLink>
        </Nest>
        <Nest layers={4}>
          <LexicalBox
            aria-label={s.message}
            aria-placeholder={`${s.message}...`}
            className={useUnderscored(6)}
            data-e2e="message:maria"
            handle={handle}
            onEmptyChange={setEmpty}
            onSend={(text) => send('message:maria', text)}
          />
          {empty ? null : (
            <div role="button" tabIndex={0} className={sendClass} onClick={() => handle.current?.send()} data-e2e="send:maria">
              {s.send}
            </div>
          )}
        </Nest>
      </div>
    </>
  );
}
