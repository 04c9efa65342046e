import { t } from '../../core/i18n';
import { OWN_PHRASES } from '../../policy/schema';

/**
 * The therapist's own phrases of a content check, as typed: one per line. Blank lines are
 * dropped; a line over the limit, or too many lines, is an error that names it, and nothing
 * is saved until it is fixed.
 */
export function parseOwnPhrases(text: string): { ok: true; phrases: string[] } | { ok: false; error: string } {
  const phrases = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const long = phrases.findIndex((p) => p.length > OWN_PHRASES.maxLength);
  if (long >= 0) return { ok: false, error: t('contentChecks_phraseTooLong', long + 1, OWN_PHRASES.maxLength) };
  if (phrases.length > OWN_PHRASES.maxCount) return { ok: false, error: t('contentChecks_tooManyPhrases', OWN_PHRASES.maxCount) };
  return { ok: true, phrases };
}
