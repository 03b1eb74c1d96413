import { createHash } from 'node:crypto';

/**
 * The name of a hash-named map file (the sprite, the interactive map's data). 48 bits: a
 * collision between two builds' files is not a practical worry.
 */
export const contentHash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/** A file served under a name made from its content: its text, the hash, and the path `pathFor` gives it. */
export function hashNamedFile(body: string, pathFor: (hash: string) => string) {
  const hash = contentHash(body);
  return { hash, path: pathFor(hash), body };
}
