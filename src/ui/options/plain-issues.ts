import type { z } from 'zod';
import { t } from '../../core/i18n';
import { LEVEL_NAMES, LEVELS, type Level, SCOPES, type Scope } from '../../core/vocabulary';
import { LOG_RETENTION } from '../../policy/schema';
import { SCOPE_NAMES } from '../shared/platform-rules';
import { settingName } from './setting-names';

/** A problem in a file, said for the therapist ("Names in the log: should be on (true) or off (false)"), and where it is. */
export interface Problem {
  text: string;
  /** The field's path in the file ("logNames"), for the small print; empty for the file as a whole. */
  path: string;
}

type Issue = z.core.$ZodIssue;

/** The allowed values as the options page names them (levels and scopes), else as written in the file. */
function valueNames(values: readonly unknown[]): string {
  const names = values.map((v) =>
    LEVELS.includes(v as Level) ? LEVEL_NAMES[v as Level] : SCOPES.includes(v as Scope) ? SCOPE_NAMES[v as Scope] : JSON.stringify(v),
  );
  return names.map((n, i) => (typeof values[i] === 'string' && n !== JSON.stringify(values[i]) ? `${n} ("${values[i]}")` : n)).join(', ');
}

/** What the value should be, in plain words. */
function should(issue: Issue, path: readonly PropertyKey[]): string {
  if (/received undefined$/.test(issue.message)) return t('issue_missing');
  if (path.length === 1 && path[0] === 'logRetentionDays') return t('issue_days', LOG_RETENTION.min, LOG_RETENTION.max);
  switch (issue.code) {
    case 'invalid_value':
      return t('issue_oneOf', valueNames(issue.values));
    case 'invalid_type':
      if (issue.expected === 'boolean') return t('issue_onOff');
      if (issue.expected === 'string') return t('issue_text');
      if (issue.expected === 'int' || issue.expected === 'number') return t('issue_wholeNumber');
      if (issue.expected === 'array') return t('issue_list');
      if (issue.expected === 'object' || issue.expected === 'record') return t('issue_group');
      break;
    case 'too_big':
      if (issue.origin === 'string') return t('issue_tooLong', Number(issue.maximum));
      if (issue.origin === 'array') return t('issue_tooMany', Number(issue.maximum));
      return t('issue_atMost', Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return t('issue_empty');
      return t('issue_atLeast', Number(issue.minimum));
    case 'invalid_format':
    case 'invalid_union':
      if (path[path.length - 1] === 'effectiveDate') return t('issue_date');
      break;
    case 'unrecognized_keys':
      return t('issue_unknownKeys', issue.keys.map((k) => `"${k}"`).join(', '));
  }
  return t('issue_invalid', issue.message);
}

/** One problem per line: which setting, and what it should be; the path follows apart. */
export function plainProblem(name: string | null, path: readonly PropertyKey[], what: string): Problem {
  const where = path.join('.');
  return { text: t('issue_line', name ?? (where ? t('issue_field', where) : t('issue_file')), what), path: where };
}

/** A validation issue of a settings file (its path under `prefix`), in plain words. */
export function plainIssue(issue: Issue, prefix: readonly PropertyKey[] = []): Problem {
  const path = [...prefix, ...issue.path];
  return plainProblem(settingName(path), path, should(issue, path));
}
