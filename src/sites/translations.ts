import type { Platform } from '../core/vocabulary';
import { facebookTranslations } from './facebook/translations';
import { googleTranslations } from './google/translations';
import { instagramTranslations } from './instagram/translations';
import type { LabelTable } from './labels';
import { linkedinTranslations } from './linkedin/translations';
import { xTranslations } from './x/translations';
import { yelpTranslations } from './yelp/translations';

/**
 * Every site's labels in its page languages besides English. The background holds them and hands a content
 * script its site's tables as it starts: each script carries English only (the size budget). Never imported
 * by a content script; test/unit/sites.registry.test.ts checks that each site declares exactly these languages.
 */
export const TRANSLATIONS: Record<Platform, Record<string, LabelTable<string>>> = {
  facebook: facebookTranslations,
  x: xTranslations,
  instagram: instagramTranslations,
  yelp: yelpTranslations,
  google: googleTranslations,
  linkedin: linkedinTranslations,
};
