// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import cms from './src/integrations/cms.ts';
import contentGuard from './src/integrations/content-guard.ts';
import finishSite from './src/integrations/finish-site.ts';
import focusDirective from './src/integrations/focus-directive.ts';
import { createHash } from 'node:crypto';
import * as INLINE_SCRIPTS from './src/layouts/inline-scripts.ts';
import { chosenProject, readProject } from './src/schemas/project-file.ts';
import { cacheDirFor } from './scripts/dist-state.mjs';
import { reflowTables } from './src/lib/table-reflow.ts';

// The project this build is for (PROJECT=<id> or PROJECT_FILE=<path>; the demo by default).
const project = readProject(chosenProject(process.cwd())).data;

/** @param {string} s @returns {`sha256-${string}`} */
const sha256 = (s) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

export default defineConfig({
  // The address the project's copy is served at (its siteUrl): wall-card QR codes and canonical
  // links use it. A project file that cannot be read fails the build in content-guard, by name.
  site: project?.siteUrl ?? 'https://handbook.example.org/',
  // build:all puts each project in a folder of its own
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: cacheDirFor(process.env.OUT_DIR),
  output: 'static',
  trailingSlash: 'always',
  // Styles in shared files, not in each page: a phone stores the site for offline use, and inline
  // styles were ~4 KiB of every stored page (a fifth of all it stored). Hosts keep /_astro/
  // for a year (README), so only the first page of a visit waits for them.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No content has code blocks; Shiki would colour them with inline styles the CSP below refuses
  // (and say so on every build).
  // Body tables read as labelled rows on phones (src/lib/table-reflow.ts); MDX takes Markdown's processor.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [reflowTables] }) },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX compiler marks each MDX module "use astro:head-inject" for its own head
        // handling; the bundler warns it may drop the marker, which Astro expects (89 lines a build).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Strict CSP as a <meta> tag with hashes for every script and style Astro emits: no inline
  // script runs unless Astro hashed it, and nothing loads from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: Object.values(INLINE_SCRIPTS).map(sha256) },
    },
  },
  // finishSite last: the pages' policies and the offline worker are made from the final files
  integrations: [contentGuard(), focusDirective(), mdx(), preact(), cms(), finishSite()],
});
