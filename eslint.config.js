// @ts-check
/**
 * Lint rules for code (content/ has its own validator). Typed: typescript-eslint reads the
 * project's tsconfig, so rules such as no-floating-promises see real types. `no-console` keeps
 * logging to the command-line scripts and tests, never in what a reader's browser runs.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '.dist-*/', '.astro/', 'node_modules/', 'content/', '.bench/', 'bench-content-*/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-console': 'error',
      // On TypeScript 6 this rule calls literal-narrowing assertions (\`400 as ChartFontWeight\`) needless,
      // and its fix then breaks the types; astro check would catch it, but the rule is noise here.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // astro-eslint-parser takes the older `project` switch, not `projectService`.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // eslint-plugin-astro's parser gives template expressions no types (they read as `error`), so
    // in .astro files the no-unsafe family would flag every {list.map(...)}; astro check types them.
    // Tests poke at parsed JSON and built HTML on purpose.
    files: ['**/*.astro', 'tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Tests break fixtures on purpose (any), and destructure node:fs from dynamic imports.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Command-line tools report to the terminal.
    files: ['scripts/**', 'tests/**', 'astro.config.mjs', 'src/integrations/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  { files: ['*.js', '*.mjs'], languageOptions: { globals: globals.node } },
  {
    // Shipped as written to other sites' pages (embed.js is pinned there by its SRI hash).
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    // Its bytes stay as they are: a change would break the integrity hash in every snippet already pasted.
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
);
