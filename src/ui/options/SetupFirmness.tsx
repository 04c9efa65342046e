import { t } from '../../core/i18n';
import { RULE_KEYS } from '../../core/vocabulary';
import { ruleLocked, settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { Check } from '../shared/widgets';
import { LockNote, useManaged } from './managed-ui';
import { FIRMNESS, type Firmness, firmnessOf } from './setup-firmness';

/** The setup's step on how firmly to step in: a preset (or the levels kept as they are), and the discreet reminder. */
export function SetupFirmness({
  settings,
  draft,
  firmness,
  onFirmness,
  onDiscreet,
}: {
  /** The saved settings: "keep my levels" is offered when they are no preset. */
  settings: Settings;
  draft: Settings;
  firmness: Firmness;
  onFirmness: (firmness: Firmness) => void;
  onDiscreet: (on: boolean) => void;
}) {
  const { policy, by } = useManaged();
  const levelsManaged = RULE_KEYS.some((k) => ruleLocked(policy, k)) || Object.keys(policy?.platformRules ?? {}).length > 0;
  const discreetLocked = settingLocked(policy, 'discreet');
  return (
    <>
      <fieldset class="plain">
        <legend class="label">{t('setup_whenAbout')}</legend>
        {FIRMNESS.map((f) => (
          <label class="check" key={f.id}>
            <input type="radio" name="setup-firmness" checked={firmness === f.id} onChange={() => onFirmness(f.id)} />
            <span>
              {t(f.label)}
              <span class="hint" style={{ display: 'block' }}>
                {t(f.hint)}
              </span>
            </span>
          </label>
        ))}
        {levelsManaged && (
          <p class="hint" data-setup-managed-levels>
            {t('setup_managedLevels', by)}
          </p>
        )}
        {firmnessOf(settings) === 'keep' && (
          <label class="check">
            <input type="radio" name="setup-firmness" checked={firmness === 'keep'} onChange={() => onFirmness('keep')} />
            <span>{t('setup_keepLevels')}</span>
          </label>
        )}
      </fieldset>
      {discreetLocked && <LockNote id="setup-lock-discreet" by={by} />}
      <Check
        checked={draft.discreet}
        disabled={discreetLocked}
        describedBy={discreetLocked ? 'setup-lock-discreet' : undefined}
        onChange={onDiscreet}
        hint={t('setup_discreetHint')}
      >
        {t('policy_discreet')}
      </Check>
    </>
  );
}
