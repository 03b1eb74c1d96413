import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Fixture-driven tests of the code, and the figures' golden SVG (tests/snapshot/).
          include: ['tests/unit/**/*.test.ts', 'tests/snapshot/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Assertions on the real content (content/ and ../shared/sources): a content edit can fail these, never a unit test.
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Checks of the build output in dist/ (run `npm run build` first): valid HTML, links, CSP.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
