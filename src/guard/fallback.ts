import { t } from '../core/i18n';
import type { LogEntry } from '../core/log';
import type { Settings } from '../policy/schema';
import { ACTION_QUESTIONS } from '../ui/copy';
import type { GuardedAction } from './action';
import { decide } from './decide';
import { NO_MATCHES } from './match';

/** What the plain confirm needs; each may fail, the confirm is shown all the same. */
export interface PlainAsking {
  settings(): Settings;
  confirm(message: string): boolean;
  report(error: unknown, where: string): void;
}

/**
 * After an error past recognition: never silence, a plain confirm with the policy in words.
 * Returns true when the action goes on.
 */
export function confirmPlainly(action: GuardedAction, p: PlainAsking): boolean {
  // Each part on its own: whatever fails (the settings, even the messages), the confirm is still shown.
  const said = (text: () => string): string => {
    try {
      return text();
    } catch (error) {
      p.report(error, 'fallback');
      return '';
    }
  };
  const question = said(() => t('fallback_question', ACTION_QUESTIONS[action.kind])) || 'Boundary Guard';
  const clause = said(() => decide(action, p.settings(), NO_MATCHES)?.clause.text ?? '');
  try {
    return p.confirm([question, clause, said(() => t('fallback_choose'))].filter(Boolean).join('\n\n'));
  } catch (error) {
    // Not even a confirm can be shown (a sandboxed frame): the site must not break, so the action goes on.
    p.report(error, 'fallback-confirm');
    return true;
  }
}

export function fallbackEntry(action: GuardedAction, proceed: boolean, at: number): LogEntry {
  return {
    at,
    platform: action.platform,
    kind: action.kind,
    level: 'confirm',
    client: 'no',
    choice: proceed ? 'proceeded' : 'stopped',
    fallback: true,
  };
}
