/**
 * Hangul letters (jamo, compatibility jamo and syllables). Its own module, with no imports, so the
 * browser scripts can mark Korean text they insert as lang="ko" without pulling in the font code.
 */
export const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u;
