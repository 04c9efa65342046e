import { useState } from 'preact/hooks';
import { t, tParts } from '../../core/i18n';
import { ScrollRegion } from '../shared/widgets';
import type { WeekCount } from './log-view';

const WEEKS_SHOWN = 12;

/** The weekly counts of stopped, went-ahead and noticed actions with a bar each: the last twelve weeks unless asked for all. */
export function LogWeeks({ weeks, loaded, filtering }: { weeks: WeekCount[]; loaded: boolean; filtering: boolean }) {
  const [allWeeks, setAllWeeks] = useState(false);
  const max = Math.max(1, ...weeks.map((w) => w.stopped + w.proceeded + w.noticed));
  if (!loaded) return <p class="muted">{t('common_loading')}</p>;
  if (weeks.length === 0) return <p class="muted">{t(filtering ? 'log_noneMatch' : 'log_noneYet')}</p>;
  return (
    <>
      <ScrollRegion label={t('log_weeksRegion')}>
        <table class="weeks" data-log-weeks>
          <thead>
            <tr>
              <th scope="col">{t('log_weekOf')}</th>
              <th scope="col">{t('log_stopped')}</th>
              <th scope="col">{t('log_proceeded')}</th>
              <th scope="col">{t('log_notices')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('log_chart')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(allWeeks ? weeks : weeks.slice(0, WEEKS_SHOWN)).map((w) => (
              <tr key={w.week} data-week={w.week}>
                <th scope="row">
                  {new Date(`${w.week}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}
                </th>
                <td data-count="stopped">{w.stopped}</td>
                <td data-count="proceeded">{w.proceeded}</td>
                <td data-count="noticed">{w.noticed}</td>
                <td class="bar-cell" aria-hidden="true">
                  <span class="bar stopped" style={{ width: `${(w.stopped / max) * 100}%` }} />
                  <span class="bar proceeded" style={{ width: `${(w.proceeded / max) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {weeks.length > WEEKS_SHOWN && (
        <button type="button" class="btn btn-link btn-small" onClick={() => setAllWeeks((a) => !a)} aria-expanded={allWeeks}>
          {allWeeks ? t('log_lastWeeks', WEEKS_SHOWN) : t('log_allWeeks', weeks.length)}
        </button>
      )}
      <p class="hint">
        {tParts('log_bars', <span class="key stopped" aria-hidden="true" />, <span class="key proceeded" aria-hidden="true" />)}
      </p>
    </>
  );
}
