/** One name for "embed mode": every figure's links come from figureLinks. */
import { describe, expect, it } from 'vitest';
import { figureLinks } from '../../src/lib/charts/kit/context.ts';

describe('figure links', () => {
  it('stay on the page, in the same frame, on the page itself', () => {
    const links = figureLinks('page', '/map/');
    expect(links).toMatchObject({ target: undefined, base: '' });
    expect(links.fragment('place-kursk')).toBe('#place-kursk');
  });

  it('go to the full page, outside the frame, from an embed', () => {
    const links = figureLinks('embed', '/map/');
    expect(links).toMatchObject({ target: '_top', base: '/map/' });
    expect(links.fragment('place-kursk')).toBe('/map/#place-kursk');
  });
});
