/** @jsxImportSource react */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp, useAtomic } from '../kit/app';
import { strings } from './_strings';
import { Deep, FbButton } from './_ui';

/**
 * A person's profile (/samuel.lee.5, title "Samuel Lee | Facebook"): "Add friend" with its icon, "Message", and a
 * "…" button whose menu (a layer at the end of <body>, as React portals put it) holds Follow as a
 * `div[role=menuitem]` with only span text. Who is followed is the profile's owner: the menu sits nowhere near them.
 */

function MenuItem({ text, e2e, onPress }: { text: string; e2e: string; onPress(): void }) {
  const [a, b, c] = [useAtomic(), useAtomic(3), useAtomic(2)];
  return (
    <div role="menuitem" tabIndex={-1} className={a} onClick={onPress} data-e2e={e2e}>
      <div role="none" className={b}>
        <span dir="auto" className={c}>
          {text}
        </span>
      </div>
    </div>
  );
}

export default function Profile() {
  const s = strings();
  const { send } = useApp();
  const [menu, setMenu] = useState(false);
  const layer = useAtomic();
  return (
    <>
      <div role="main" className={useAtomic()}>
        <Deep layers={4}>
          <h1>Samuel Lee</h1>
        </Deep>
        <Deep layers={3}>
          <FbButton label={s.addFriend} text={s.addFriend} icon e2e="add:samuel" onPress={() => send('add:samuel')} />
          <FbButton label={s.message} text={s.message} e2e="open-message:samuel" onPress={() => send('open-message:samuel')} />
          <FbButton label={s.more} e2e="more" onPress={() => setMenu((m) => !m)} />
        </Deep>
      </div>
      {menu
        ? createPortal(
            <div className={layer}>
              <Deep layers={3}>
                <div role="menu" className={layer}>
                  <MenuItem text={s.follow} e2e="menu-follow:samuel" onPress={() => send('follow:samuel')} />
                  <MenuItem text="Find support or report" e2e="menu-report:samuel" onPress={() => send('report:samuel')} />
                </div>
              </Deep>
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
