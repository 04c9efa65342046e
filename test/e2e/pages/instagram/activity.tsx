/** @jsxImportSource react */
import { useState } from 'react';
import { useApp, useUnderscored } from '../kit/app';
import { strings } from './_strings';
import { IgButton, IgLink, Nest } from './_ui';

/**
 * The activity (notifications) panel that slides out beside the navigation, with its "Follow requests" entry
 * opening the list of requests: per row the avatar link, username and name, then Confirm and Delete buttons
 * that carry only their text.
 */
const REQUESTS = [
  { handle: 'maria.perez', name: 'María Pérez' },
  { handle: 'jordan.smith', name: 'Jordan Smith' },
];

export default function Activity() {
  const s = strings();
  const { send } = useApp();
  const [panel, setPanel] = useState(false);
  const [requests, setRequests] = useState(false);
  const [row, nav, opener, drawer, entry, list] = [
    useUnderscored(5),
    useUnderscored(),
    useUnderscored(),
    useUnderscored(),
    useUnderscored(),
    useUnderscored(),
  ];
  return (
    <>
      <nav role="navigation" className={nav}>
        <Nest layers={2}>
          <div role="button" tabIndex={0} className={opener} onClick={() => setPanel((p) => !p)} data-e2e="notifications">
            <span>{s.notifications}</span>
          </div>
        </Nest>
      </nav>
      {panel ? (
        <div className={drawer} data-e2e="activity-panel">
          <Nest>
            <div role="button" tabIndex={0} className={entry} onClick={() => setRequests(true)} data-e2e="follow-requests">
              <span>{s.followRequests}</span>
            </div>
          </Nest>
          {requests ? (
            <div className={list}>
              {REQUESTS.map((r) => (
                <div className={row} key={r.handle} data-e2e={`request:${r.handle}`}>
                  <Nest layers={2}>
                    <IgLink handle={r.handle}>
                      <img alt="" width={44} height={44} />
                    </IgLink>
                  </Nest>
                  <Nest layers={3}>
                    <IgLink handle={r.handle} />
                    <span className={row}>{r.name}</span>
                  </Nest>
                  <Nest layers={2}>
                    <IgButton text={s.confirm} e2e={`accept:${r.handle}`} onPress={() => send(`accept:${r.handle}`)} />
                    <IgButton text={s.delete} e2e={`delete:${r.handle}`} onPress={() => send(`delete:${r.handle}`)} />
                  </Nest>
                </div>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
