/**
 * The content collections. Every loader reads its folder through src/lib/content/files.ts, the
 * reader the validator uses, so the data Astro renders is the data that was checked: one YAML
 * parser, one front-matter splitter, one set of file names (glob() and its js-yaml would be a
 * second). The content guard integration has already listed every problem before Astro gets here.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIRS, readCollection, type Format } from './lib/content/files.ts';
import {
  conflictSchema,
  correctionSchema,
  estimateSchema,
  eventSchema,
  placeSchema,
  reportSchema,
} from './lib/schemas/index.ts';

/**
 * One file per entry; the id is the file name, so it is not part of the entry's data. A report's
 * body is left to @astrojs/mdx: the entry points at its file (`filePath` + `deferredRender`, as
 * Astro's glob loader does for MDX), and the MDX compile runs the same body check as the validator
 * (see astro.config.mjs). A file the reader refuses stops the load, never silently drops an entry.
 */
const contentDir = (dir: string, format: Format): Loader => ({
  name: `content-dir:${dir}`,
  // Astro hands the loader bound functions; destructuring them is how its own loaders read the context.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  load: async ({ store, parseData, config, generateDigest, watcher, logger }) => {
    const root = fileURLToPath(config.root);
    const sync = async () => {
      const { entries, problems } = readCollection(root, dir, format);
      const refused = [
        ...problems,
        ...entries.filter((e) => e.parseError).map((e) => ({ file: e.file, message: e.parseError })),
      ];
      if (refused.length > 0) throw new Error(refused.map((p) => `${p.file}: ${p.message}`).join('\n'));
      store.clear();
      for (const { id, data, body, file } of entries) {
        const parsed = await parseData({ id, data: data as Record<string, unknown> });
        if (format === 'yaml') store.set({ id, data: parsed });
        else
          store.set({
            id,
            data: parsed,
            body,
            filePath: file.split(sep).join('/'),
            digest: generateDigest(`${JSON.stringify(data)}\n${body}`),
            deferredRender: true,
          });
      }
    };
    await sync();
    // `astro dev`: reload the collection when one of its files changes.
    if (!watcher) return;
    const folder = resolve(root, dir);
    watcher.add(folder);
    watcher.on('all', (_event, path) => {
      if (!relative(folder, path).startsWith('..')) sync().catch((error: unknown) => logger.error(String(error)));
    });
  },
});

export const collections = {
  reports: defineCollection({ loader: contentDir(CONTENT_DIRS.reports, 'mdx'), schema: reportSchema() }),
  events: defineCollection({ loader: contentDir(CONTENT_DIRS.events, 'yaml'), schema: eventSchema() }),
  estimates: defineCollection({ loader: contentDir(CONTENT_DIRS.estimates, 'yaml'), schema: estimateSchema() }),
  places: defineCollection({ loader: contentDir(CONTENT_DIRS.places, 'yaml'), schema: placeSchema() }),
  corrections: defineCollection({ loader: contentDir(CONTENT_DIRS.corrections, 'yaml'), schema: correctionSchema() }),
  conflicts: defineCollection({ loader: contentDir(CONTENT_DIRS.conflicts, 'yaml'), schema: conflictSchema() }),
};
