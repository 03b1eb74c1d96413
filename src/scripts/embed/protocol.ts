/**
 * The messages an embedded figure and the host page's script (public/embed.js) exchange. Both
 * sides accept only these exact shapes, so a stray or hostile message cannot resize a frame or
 * make the figure answer. public/embed.js repeats the checks in plain JavaScript (it must stay
 * dependency-free and tiny); tests/unit/embed.test.ts keeps the two in step.
 */
export const EMBED_MESSAGE_NS = 'nk-troops-embed';
/** A figure taller than this is a bug or a forgery, not a figure. */
export const MAX_EMBED_HEIGHT = 20_000;

/** figure → host: "my document is this tall". */
export interface SizeMessage {
  ns: typeof EMBED_MESSAGE_NS;
  type: 'size';
  height: number;
}

/** host → figure: "tell me your height again" (sent by a host script that loaded after the figure). */
export interface SizeRequest {
  ns: typeof EMBED_MESSAGE_NS;
  type: 'request-size';
}

const hasExactly = (data: unknown, keys: string[]): data is Record<string, unknown> =>
  typeof data === 'object' &&
  data !== null &&
  !Array.isArray(data) &&
  Object.keys(data).length === keys.length &&
  keys.every((k) => Object.hasOwn(data, k));

export const isSizeMessage = (data: unknown): data is SizeMessage =>
  hasExactly(data, ['ns', 'type', 'height']) &&
  data['ns'] === EMBED_MESSAGE_NS &&
  data['type'] === 'size' &&
  typeof data['height'] === 'number' &&
  Number.isFinite(data['height']) &&
  data['height'] > 0 &&
  data['height'] <= MAX_EMBED_HEIGHT;

export const isSizeRequest = (data: unknown): data is SizeRequest =>
  hasExactly(data, ['ns', 'type']) && data['ns'] === EMBED_MESSAGE_NS && data['type'] === 'request-size';

export const sizeMessage = (height: number): SizeMessage => ({
  ns: EMBED_MESSAGE_NS,
  type: 'size',
  height: Math.min(MAX_EMBED_HEIGHT, Math.max(1, Math.ceil(height))),
});

export const sizeRequest = (): SizeRequest => ({ ns: EMBED_MESSAGE_NS, type: 'request-size' });
