// @ts-check
// Modelled on withastro/starlight's eslint.config: ESLint and typescript-eslint recommended, without
// type-aware rules (they would take the run past a minute on a 2-core machine), plus Astro and
// jsx-a11y for the templates staff read. Formatting is Prettier's (npm run lint runs both).
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built output, generated types, caches, reports, and the vendored CMS bundle (public/admin).
  globalIgnores(['dist*/', '.astro/', '.bench/', 'public/admin/', 'test-results/', 'deploy-reports/', 'test/fixtures/']),

  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],

  {
    files: ['**/*.tsx'],
    extends: [jsxA11y.configs.recommended],
    settings: {
      // Preact takes the HTML names: <label for>, not htmlFor.
      'jsx-a11y-x': { attributes: { for: ['for', 'htmlFor'] } },
    },
  },

  // Where code runs decides which names exist.
  {
    files: ['src/islands/**', 'src/stores/**', 'src/lib/**', 'src/directives/**', 'src/components/**', 'src/layouts/**', 'src/pages/**', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'test/**', 'astro.config.mjs', '*.config.{js,ts,mjs}', 'src/integrations/**', 'src/schemas/**', 'src/content.config.ts', 'src/data/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmarks hand functions to page.evaluate(): those bodies run in the browser.
    files: ['scripts/bench*.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Functions stringified into the Workbox worker (src/integrations/finish/offline.ts).
    files: ['src/lib/offline/*-worker.ts'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    // public/read-aloud.js is served as-is to old Android browsers: a classic ES5 script, not a module.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 5 },
  },

  {
    rules: {
      // `_name` marks a parameter or binding kept for its position; `...rest` siblings omit properties.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // The ideographic space (U+3000) separates fields in Chinese UI text; in code it is still an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
);
