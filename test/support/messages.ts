import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The extension's messages as the browser reads them (public/_locales/<lang>/messages.json), and
 * getMessage over them with the browser's rules, for tests that run outside a browser.
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');

export function readMessages(lang: string): Messages {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
}

/**
 * chrome.i18n.getMessage: "" for an unknown key; $NAME$ becomes its placeholder's content (names are
 * case-insensitive), then $1…$9 the substitutions and $$ a dollar sign.
 */
export function formatMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A getMessage over one language's file. */
export function getMessageIn(lang: string): (key: string, substitutions?: string | string[]) => string {
  const messages = readMessages(lang);
  return (key, substitutions) => formatMessage(messages, key, substitutions);
}

/** An English UI text, as the extension shows it in an English browser. */
export const english = getMessageIn('en');
