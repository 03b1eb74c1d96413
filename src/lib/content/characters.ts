/**
 * Characters no content text may hold: C0 and C1 control characters (tab and line feed aside) and
 * U+FFFD, the replacement character a broken encoding leaves behind. A control character makes the
 * RSS feed ill-formed XML and crashes the figure-image step; U+FFFD means text was already lost.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd]/u;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be used, or undefined when it may. `allowCarriageReturn` for raw file lines. */
export function characterProblem(text: string, allowCarriageReturn = false): string | undefined {
  const match = FORBIDDEN.exec(allowCarriageReturn ? text.replace(/\r$/, '') : text);
  if (!match) return undefined;
  const c = match[0];
  if (c === '\ufffd')
    return 'contains U+FFFD, the replacement character left where text was lost to a wrong encoding; retype it';
  return `contains the control character ${hex(c)}; remove it`;
}

/** A string safe to print in a message: control characters shown as \u escapes. */
export const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex -- and what this makes visible
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
