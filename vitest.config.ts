import { defineConfig } from 'vitest/config';

// Two suites: `unit` needs nothing built and runs first (a broken rule fails in seconds); `built`
// reads the finished site in dist/ (HTML validity, links, byte budgets, seed facts, a plain astro
// build) and runs after the build — none of it needs a browser.
export default defineConfig({
  test: {
    environment: 'node',
    // Sized for a loaded 2-core machine: several tests spawn Node (the launch check, the server,
    // a build) and took 12 s beside other work against Vitest's default 5 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'built', include: ['test/built/**/*.test.ts'] } },
    ],
  },
});
