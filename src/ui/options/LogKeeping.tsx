import { useId } from 'preact/hooks';
import { t } from '../../core/i18n';
import { settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { Check } from '../shared/widgets';
import type { Edit } from './edit';
import { LockNote, useManaged } from './managed-ui';

export const RETENTION_DAYS = [30, 90, 180, 365, 730] as const;

/** How long the log keeps entries, and whether it keeps names. */
export function LogKeeping({ settings, edit, onRetention }: { settings: Settings; edit: Edit; onRetention: (days: number) => void }) {
  const ids = useId();
  const { policy, by } = useManaged();
  const retentionLocked = settingLocked(policy, 'logRetentionDays');
  const namesLocked = settingLocked(policy, 'logNames');
  return (
    <section class="card" aria-labelledby={`${ids}-keep`}>
      <h3 id={`${ids}-keep`}>{t('log_keeping')}</h3>
      <div class="field">
        <label for={`${ids}-retention`}>{t('log_keepFor')}</label>
        {retentionLocked && <LockNote id={`${ids}-retention-lock`} by={by} />}
        <select
          id={`${ids}-retention`}
          value={String(settings.logRetentionDays)}
          data-setting="logRetentionDays"
          disabled={retentionLocked}
          aria-describedby={retentionLocked ? `${ids}-retention-hint ${ids}-retention-lock` : `${ids}-retention-hint`}
          onChange={(e) => onRetention(Number((e.currentTarget as HTMLSelectElement).value))}
        >
          {[...new Set([...RETENTION_DAYS, settings.logRetentionDays])]
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={String(d)}>
                {d === 90 ? t('log_recommended', t('log_days', d)) : t('log_days', d)}
              </option>
            ))}
        </select>
        <p class="hint" id={`${ids}-retention-hint`}>
          {t('log_retentionHint')}
        </p>
      </div>
      {namesLocked && <LockNote id={`${ids}-names-lock`} by={by} />}
      <Check
        checked={settings.logNames}
        disabled={namesLocked}
        describedBy={namesLocked ? `${ids}-names-lock` : undefined}
        data-setting="logNames"
        onChange={(on) => edit((s) => ({ ...s, logNames: on }))}
        hint={t('log_namesHint')}
      >
        {t('log_keepNames')}
      </Check>
    </section>
  );
}
