import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent, validateContent } from '../lib/content/validate.ts';
import { ContentError } from '../lib/content/problems.ts';

/**
 * Fails `astro dev` and `astro build` before anything is rendered when the content has
 * problems, listing all of them (Astro's own collection errors stop at the first one).
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { problems } = validateContent(readContent(fileURLToPath(config.root)));
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
