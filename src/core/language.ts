import { locale } from './i18n';

/** "Dutch (nl)" for "nl", in the UI's language; the tag alone when the browser has no name for it. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([locale()], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
