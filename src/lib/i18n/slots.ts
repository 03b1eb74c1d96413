/**
 * Sentences with markup inside them ("Last updated <time>…</time>."): the dictionary keeps the
 * whole sentence with a placeholder where the element goes, so a translation may move it; the
 * component asks for the sentence with SLOT in that place and renders the text around it.
 */

/** A private-use character no dictionary string contains: what a component passes for the element. */
export const SLOT = '\u{E000}';

/** The text before and after the element (more parts if the sentence holds more than one). */
export function aroundSlot(message: string): [before: string, after: string, ...rest: string[]] {
  const parts = message.split(SLOT);
  if (parts.length < 2) throw new Error(`message "${message}" has no place for its element`);
  return parts as [string, string, ...string[]];
}
