import { Labels } from '../labels';

/**
 * Labels Yelp shows on the controls we recognise, and words that tell a public
 * comment from a private message. Matched whole and case-insensitively ("Thank"
 * is not yelp.com's "Thanks" reaction). Keyed on html[lang] ("pt" for pt-BR).
 *
 * Where each entry comes from (see ../shared/REAL-MARKUP.md, "Yelp"):
 * - "seen": on a saved live page. Only www.yelp.com in English was saved; its
 *   reactions ("Helpful", "Thanks", "Love this", "Oh no") are seen, and none of
 *   them is in this table: they must not be guarded.
 * - "unverified": everything here. No capture of biz.yelp.com exists; the
 *   English labels are the ones Yelp's own help pages and public tools that run
 *   on biz.yelp.com name, the other languages are Yelp's published
 *   translations of its locales (es_US/es_ES, fr_FR/fr_CA, de_DE, pt_BR, it_IT),
 *   not checked on a Yelp for Business page.
 * The place of a control tells the action wherever it can (a review card is
 * found by its reviewer's passport or its review region, an inbox thread by its
 * address): the text only tells which of a card's buttons was pressed.
 */
/**
 * English travels in the content script; the other languages' tables are in ./translations.ts, and the
 * background hands them to the content script as it starts (each script keeps within its size budget).
 */
export const yelpLabels = new Labels(
  {
    en: {
      // Unverified (biz.yelp.com review card buttons, as Yelp's help describes them).
      thank: ['Thank'],
      comment: ['Comment'],
      directMessage: ['Direct message'],
      send: ['Send'],
      /** yelp.com's owner response opener (unverified). */
      respond: ['Respond publicly', 'Post a public response', 'Add owner comment'],
      publicWords: ['public', 'publicly'],
      privateWords: ['private', 'privately', 'direct message'],
      commentWords: ['comment', 'response'],
      messageWords: ['message'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
