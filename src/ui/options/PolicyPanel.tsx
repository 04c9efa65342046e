import { useId } from 'preact/hooks';
import { t } from '../../core/i18n';
import { CLAUSE_IDS, PLATFORM_NAMES, PLATFORMS } from '../../core/vocabulary';
import { platformLocked, settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { Check } from '../shared/widgets';
import { ClauseCard } from './ClauseCard';
import { ContentChecksCard } from './ContentChecksCard';
import type { Edit } from './edit';
import { LockNote, ManagedBanner, useManaged } from './managed-ui';
import { RulesCard } from './RulesCard';

const SITE_NAMES: Record<(typeof PLATFORMS)[number], string> = { ...PLATFORM_NAMES, yelp: 'Yelp for Business' };

/** Moves to a part of this tab and puts focus on its heading (the address hash names the tab, so no anchors). */
function jump(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export function PolicyPanel({ settings, edit }: { settings: Settings; edit: Edit }) {
  return (
    <>
      <div class="panel-intro">
        <h2>{t('policy_title')}</h2>
        <p class="muted">{t('policy_intro')}</p>
      </div>
      <ManagedBanner />
      <nav aria-label={t('policy_onThisTab')}>
        <ul class="jump">
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('clauses')}>
              {t('policy_clauses')}
            </button>
          </li>
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('when-to-step-in')}>
              {t('policy_whenToStepIn')}
            </button>
          </li>
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('sites-and-reminders')}>
              {t('policy_jumpSites')}
            </button>
          </li>
        </ul>
      </nav>
      <h3 id="clauses" class="visually-hidden" tabIndex={-1}>
        {t('policy_clauses')}
      </h3>
      {CLAUSE_IDS.map((id) => (
        <ClauseCard key={id} id={id} settings={settings} edit={edit} />
      ))}
      <RulesCard settings={settings} edit={edit} />
      <ContentChecksCard settings={settings} edit={edit} />
      <SitesCard settings={settings} edit={edit} />
    </>
  );
}

function SitesCard({ settings, edit }: { settings: Settings; edit: Edit }) {
  const { policy, by } = useManaged();
  const ids = useId();
  const sitesLocked = PLATFORMS.some((p) => platformLocked(policy, p));
  const discreetLocked = settingLocked(policy, 'discreet');
  return (
    <section class="card" aria-labelledby="sites-and-reminders">
      <h3 id="sites-and-reminders" tabIndex={-1}>
        {t('policy_sitesTitle')}
      </h3>
      <fieldset class="plain">
        <legend class="label">{t('policy_guardSites')}</legend>
        {sitesLocked && <LockNote id={`${ids}-sites`} by={by} />}
        <div class="site-checks">
          {PLATFORMS.map((p) => (
            <Check
              key={p}
              checked={settings.platforms[p]}
              disabled={platformLocked(policy, p)}
              describedBy={platformLocked(policy, p) ? `${ids}-sites` : undefined}
              data-platform={p}
              onChange={(on) => edit((s) => ({ ...s, platforms: { ...s.platforms, [p]: on } }))}
            >
              {SITE_NAMES[p]}
            </Check>
          ))}
        </div>
      </fieldset>
      {discreetLocked && <LockNote id={`${ids}-discreet`} by={by} />}
      <Check
        checked={settings.discreet}
        disabled={discreetLocked}
        describedBy={discreetLocked ? `${ids}-discreet` : undefined}
        data-setting="discreet"
        onChange={(on) => edit((s) => ({ ...s, discreet: on }))}
        hint={t('policy_discreetHint')}
      >
        {t('policy_discreet')}
      </Check>
    </section>
  );
}
