import { type MessageKey, t } from '../../core/i18n';
import { CLAUSE_TITLES, type ClauseId, PLATFORM_NAMES, type Platform, RULE_NAMES, type RuleKey } from '../../core/vocabulary';
import type { ContentCategory } from '../../policy/content-checks/categories';
import type { Settings } from '../../policy/schema';

/**
 * What the options page calls each setting, by its place in the settings (the field's path in the
 * file): one table for the import preview's changes, the import's errors and the panels that show them.
 */
export const PRACTICE_LABELS: Record<keyof Settings['practice'], MessageKey> = {
  practiceName: 'docTab_practiceName',
  therapistName: 'change_therapistName',
  contact: 'docTab_contact',
  effectiveDate: 'doc_effectiveDate',
};

export const CATEGORY_NAMES: Record<ContentCategory, () => string> = {
  relationship: () => t('contentChecks_relationship'),
  clinical: () => t('contentChecks_clinical'),
  logistics: () => t('contentChecks_logistics'),
  reviews: () => t('contentChecks_reviews'),
  sharing: () => t('contentChecks_sharing'),
  rewards: () => t('contentChecks_rewards'),
};

/** The settings at the top level of the file that are one field each. */
const TOP_LABELS: Partial<Record<keyof Settings, MessageKey>> = {
  practice: 'docTab_details',
  clauses: 'policy_clauses',
  rules: 'policy_whenToStepIn',
  platformRules: 'issue_siteLevels',
  reviewReplyText: 'change_reviewReply',
  discreet: 'policy_discreet',
  logNames: 'change_names',
  logRetentionDays: 'change_logKept',
  platforms: 'policy_guardSites',
  contentChecks: 'contentChecks_title',
};

const has = <K extends string>(table: Partial<Record<K, unknown>>, key: unknown): key is K =>
  typeof key === 'string' && Object.hasOwn(table, key);

/** "Following someone on X", "Policy clause “Review sites”", "Client 2’s X handle": the setting at `path`, or null. */
export function settingName(path: readonly PropertyKey[]): string | null {
  const [top, a, b] = path;
  if (top === 'practice' && has(PRACTICE_LABELS, a)) return t(PRACTICE_LABELS[a]);
  if (top === 'clauses' && has(CLAUSE_TITLES, a)) return t('change_clause', CLAUSE_TITLES[a as ClauseId]);
  if (top === 'rules' && has(RULE_NAMES, a)) return RULE_NAMES[a as RuleKey];
  if (top === 'platformRules' && has(PLATFORM_NAMES, a)) {
    const site = PLATFORM_NAMES[a as Platform];
    return has(RULE_NAMES, b) ? t('change_ruleOn', RULE_NAMES[b as RuleKey], site) : t('issue_siteRules', site);
  }
  if (top === 'platforms' && has(PLATFORM_NAMES, a)) return t('issue_guardSite', PLATFORM_NAMES[a as Platform]);
  if (top === 'contentChecks' && a === 'categories' && has(CATEGORY_NAMES, b)) return CATEGORY_NAMES[b as ContentCategory]();
  if (top === 'contentChecks' && a === 'phrases' && (b === 'care' || b === 'marketing')) {
    return t(b === 'care' ? 'contentChecks_ownCare' : 'contentChecks_ownMarketing');
  }
  if (top === 'clients') {
    if (typeof a !== 'number') return t('issue_clients');
    const n = a + 1;
    if (b === 'name') return t('issue_clientName', n);
    if (b === 'aliases') return t('issue_clientAliases', n);
    if (b === 'handles')
      return has(PLATFORM_NAMES, path[3]) ? t('issue_clientHandle', n, PLATFORM_NAMES[path[3] as Platform]) : t('issue_clientHandles', n);
    return t('issue_client', n);
  }
  if (path.length === 1 && has(TOP_LABELS, top)) {
    const key = TOP_LABELS[top as keyof Settings];
    return key ? t(key) : null;
  }
  return null;
}
