import { t } from '../../core/i18n';
import type { LogEntry } from '../../core/log';
import { LEVEL_NAMES, PLATFORM_NAMES } from '../../core/vocabulary';
import { ScrollRegion } from '../shared/widgets';
import { actionName, CHOICE_NAMES, formatWhen } from './log-view';

export type Entry = LogEntry & { id?: number };

const clientName = (client: LogEntry['client']): string =>
  client === 'yes' ? t('log_clientYes') : client === 'possible' ? t('log_clientMaybe') : t('log_notOnList');

/** One page of log entries, newest first. */
export function LogTable({ rows }: { rows: readonly Entry[] }) {
  return (
    <ScrollRegion label={t('log_entriesRegion')}>
      <table class="log" data-log-table>
        <thead>
          <tr>
            <th scope="col">{t('log_when')}</th>
            <th scope="col">{t('log_site')}</th>
            <th scope="col">{t('log_action')}</th>
            <th scope="col">{t('policy_level')}</th>
            <th scope="col">{t('log_client')}</th>
            <th scope="col">{t('log_choice')}</th>
            <th scope="col">{t('log_note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={e.id ?? `${e.at}-${i}`} data-choice={e.choice}>
              <td class="nowrap">{formatWhen(e.at)}</td>
              <td>{PLATFORM_NAMES[e.platform]}</td>
              <td>{actionName(e)}</td>
              <td>{LEVEL_NAMES[e.level]}</td>
              <td>{clientName(e.client)}</td>
              <td>
                <span class={`pill choice-${e.choice}`}>{CHOICE_NAMES[e.choice]}</span>
              </td>
              <td class="note">
                {[
                  e.person,
                  e.reason ? t('log_reason', e.reason) : '',
                  e.fallback ? t('log_fallback') : '',
                  e.clientsUnchecked ? t('log_clientsUnchecked') : '',
                  e.undelivered ? t('log_undelivered') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
