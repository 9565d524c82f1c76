import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Several suites run the CLI as a process; on a busy shared machine one run can take several seconds.
    testTimeout: 60_000,
  },
});
