import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Sized for a loaded 2-core machine: several tests spawn Node (the launch check, the server,
    // a build) and took 12 s beside other work against Vitest's default 5 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
