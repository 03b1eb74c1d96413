/** Names and wording used across the site, in the default locale (the strings live in src/lib/i18n/en.json). */
import { defaultT } from './i18n/translate.ts';

export const SITE_NAME = defaultT('site.name');
