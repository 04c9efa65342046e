import { browser } from 'wxt/browser';
// The type only: no JSON is bundled. Content scripts carry the keys; the browser holds the strings.
import type en from '../../public/_locales/en/messages.json';

/**
 * The extension's UI text, from public/_locales/<language>/messages.json through browser.i18n: the
 * browser picks the language of its own UI, and English when it has no translation for it. A key that
 * the English file lacks is a type error. (i18n.getMessage is synchronous, and content scripts have it.)
 */
export type MessageKey = keyof typeof en;

/** The keys of a plural pair "<base>_one" / "<base>_other", named by the base. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

type Substitution = string | number;

/** WXT types getMessage with one overload per key; MessageKey is the check here. */
function getMessage(key: MessageKey, substitutions: string[]): string {
  return (browser.i18n.getMessage as (key: string, substitutions: string[]) => string)(key, substitutions);
}

/** A message with its placeholders ($NAME$, declared as $1, $2… in messages.json) filled in order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return getMessage(key, substitutions.map(String));
}

/** The language of the messages in use ("en", "es"): for number formats and `lang` attributes. */
export function locale(): string {
  return t('locale') || 'en';
}

/** A count as the messages' language writes it ("2,000" in English, "2000" in Spanish). */
export function formatNumber(n: number): string {
  return n.toLocaleString(locale());
}

/**
 * "1 client", "2 clients": the `_one` message for 1, the `_other` one otherwise (English and Spanish
 * need no more forms), with the count formatted as the first substitution.
 */
export function tn(count: number, key: PluralKey, ...more: Substitution[]): string {
  return t(`${key}_${count === 1 ? 'one' : 'other'}` as MessageKey, formatNumber(count), ...more);
}

/** Characters from Unicode's private use area stand for the parts while the browser fills in the message. */
const MARK = 0xe000;

/**
 * A message split around its substitutions, which stay as given: for a message with an element inside
 * it (a name in bold, a `<code>` column name). Text and parts come back in the translation's order.
 */
export function tParts<Part>(key: MessageKey, ...parts: Part[]): Array<string | Part> {
  const text = getMessage(
    key,
    parts.map((_, i) => String.fromCharCode(MARK + i)),
  );
  const out: Array<string | Part> = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const index = text.charCodeAt(i) - MARK;
    if (index < 0 || index >= parts.length) continue;
    if (i > start) out.push(text.slice(start, i));
    out.push(parts[index] as Part);
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * A table of texts read from the messages when each one is used, so that a module can export it as a
 * constant (`LEVEL_NAMES[level]`) and still follow the browser's language.
 */
/* @__NO_SIDE_EFFECTS__ */ // a table no module reads is left out of the bundle (content scripts' budget)
export function messages<T extends Readonly<Record<string, MessageKey>>>(keys: T): { readonly [K in keyof T]: string } {
  const table: Record<string, string> = {};
  for (const [name, key] of Object.entries(keys)) {
    Object.defineProperty(table, name, { get: () => t(key), enumerable: true });
  }
  return Object.freeze(table) as { readonly [K in keyof T]: string };
}

type Joined<S extends string, D extends string> = S extends `${infer A}${D}${infer B}` ? `${A}${Capitalize<Joined<B, D>>}` : S;
/** A name as message keys spell it: "connect.accept" → "connectAccept", "no-treatment" → "noTreatment". */
export type KeyPart<S extends string> = Joined<Joined<S, '.'>, '-'>;

export function keyPart<S extends string>(name: S): KeyPart<S> {
  return name.replace(/[.-](.)/g, (_, letter: string) => letter.toUpperCase()) as KeyPart<S>;
}

/**
 * A table like messages() whose keys follow from the names: `messagesNamed('rule', RULE_KEYS)` reads
 * "rule_connectAccept" for "connect.accept". It reuses the list of names, so content scripts carry no table
 * of keys. A name without its message is a type error.
 */
/* @__NO_SIDE_EFFECTS__ */
export function messagesNamed<P extends string, N extends string>(
  prefix: P,
  names: readonly N[] & ([`${P}_${KeyPart<N>}`] extends [MessageKey] ? unknown : 'a name has no message'),
): { readonly [K in N]: string } {
  const keys = Object.fromEntries(names.map((name) => [name, `${prefix}_${keyPart(name)}` as MessageKey]));
  return messages(keys) as { readonly [K in N]: string };
}
