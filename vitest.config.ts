import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most tests wait on the sandbox over loopback rather than compute: two files at a time on two cores
    // (the default leaves one core free, which would run the suite file by file).
    maxWorkers: 2,
    reporters: ['default'],
  },
});
