/**
 * The four content collections. Entries are read from content/ and validated with the schemas
 * in src/lib/schemas. The content guard integration has already listed every problem before
 * Astro gets here; these loaders read the same files with the same parser as the validator.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { CONTENT_DIRS, readDataDir } from './lib/content/files.ts';
import { conflictSchema, estimateSchema, eventSchema, placeSchema, reportSchema } from './lib/schemas/index.ts';

/** One YAML file per entry; the id is the file name, so it is not part of the entry's data. */
const yamlDir = (dir: string): Loader => ({
  name: `yaml-dir:${dir}`,
  load: async ({ store, parseData }) => {
    store.clear();
    for (const { id, data } of readDataDir(process.cwd(), dir)) {
      store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
    }
  },
});

export const collections = {
  reports: defineCollection({
    // Relative to the project root, or absolute when CONTENT_DIR is (see lib/content/files.ts).
    loader: glob({ pattern: '*.mdx', base: CONTENT_DIRS.reports }),
    schema: reportSchema(),
  }),
  events: defineCollection({ loader: yamlDir(CONTENT_DIRS.events), schema: eventSchema() }),
  estimates: defineCollection({ loader: yamlDir(CONTENT_DIRS.estimates), schema: estimateSchema() }),
  places: defineCollection({ loader: yamlDir(CONTENT_DIRS.places), schema: placeSchema() }),
  conflicts: defineCollection({ loader: yamlDir(CONTENT_DIRS.conflicts), schema: conflictSchema() }),
};
