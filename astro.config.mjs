// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import contentGuard from './src/integrations/content-guard.ts';
import focusDirective from './src/integrations/focus-directive.ts';

export default defineConfig({
  site: 'https://handbook.example.org',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  integrations: [contentGuard(), focusDirective(), mdx(), preact()],
});
