/**
 * One language's phrase table: pure data, one string per list, patterns separated by "|".
 * A pattern is words separated by spaces, matched on whole words after case and accents are
 * folded and punctuation is dropped ("don't" is the two words "don t", "check-in" is "check in"):
 *   a/b     either word          therap*   a word that starts so
 *   #       a number             ..        up to 3 words of anything   ...   up to 6
 *   [a/b]   optional word
 * Strong lists flag on their own. "Terms" (a clinical or logistics word that has everyday
 * uses) flag only where the draft is about a person in care: see matcher.ts.
 */
export interface PhraseTable {
  relationship: string;
  clinical: string;
  clinicalTerms: string;
  logistics: string;
  logisticsTerms: string;
  reviews: string;
  sharing: string;
  rewards: string;
  /** Words that turn a relationship or marketing phrase after them into a denial ("I do not ask for reviews"). */
  negators: string;
  /** Negators that do not negate ("don't forget to leave a review"): patterns that start at the negator. */
  notNegating: string;
  /** The reader in person ("you", "your"): a reply, comment or message is about them. */
  secondPerson: string;
  /** Someone in particular ("she", "his"). */
  thirdPerson: string;
  /** A statement about people in general ("if you…", "anyone"): terms in that sentence do not flag. */
  generic: string;
  /** A day or time: with a logistics word, the time of a visit. */
  time: string;
}
