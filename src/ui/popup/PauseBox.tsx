import { t } from '../../core/i18n';
import { describeEnd, PAUSE_CHOICES, type PauseChoice } from './pause';

/** Pause this site for a while, or resume it; says when a pause ends and that it has ended. */
export function PauseBox({
  until,
  ended,
  now,
  busy,
  onPause,
  onResume,
}: {
  until: number | null;
  ended: number | null;
  now: number;
  busy: boolean;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
}) {
  return (
    <section class="pause-box" aria-labelledby="pause-title">
      <h3 id="pause-title">{t('popup_pauseTitle')}</h3>
      <div role="status" aria-live="polite">
        {until !== null ? (
          <p class="paused-note" data-paused-until={until}>
            {t('popup_pausedUntil', describeEnd(until, now))}
          </p>
        ) : ended !== null ? (
          <p class="resumed-note" data-pause-ended>
            {t('popup_pauseEnded', describeEnd(ended, ended - 1))}
          </p>
        ) : null}
      </div>
      {until !== null ? (
        <button type="button" class="btn btn-primary" onClick={onResume} disabled={busy} data-resume>
          {t('popup_resume')}
        </button>
      ) : (
        <div class="pause-buttons">
          {PAUSE_CHOICES.map((c) => (
            <button key={c.id} type="button" class="btn" onClick={() => onPause(c.id)} disabled={busy} data-pause={c.id}>
              <span class="visually-hidden">{t(c.prefix)} </span>
              {t(c.label)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
