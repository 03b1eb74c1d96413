import { createHash } from 'node:crypto';

/**
 * The name of a hash-named map file (the sprite, the interactive map's data). 48 bits: a
 * collision between two builds' files is not a practical worry.
 */
export const contentHash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);
