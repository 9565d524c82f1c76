import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/browser.ts';
import { BASE_PATH_BUILD } from './test/e2e/base-path.ts';

// PORT lets several checkouts run their suites side by side; the base-path build is served on BASE_PORT.
const port = Number(process.env.PORT ?? 4321);
const basePort = Number(process.env.BASE_PORT ?? port + 100);

// The site built under a base path (`npm run build:base`) is tested by its own project. `npm test` always builds
// it; a targeted run without that build skips the project and says so, unless CI requires it.
const withBasePath = existsSync(`${BASE_PATH_BUILD.outDir}/index.html`) || Boolean(process.env.CI);
if (!withBasePath)
  console.warn(`No ${BASE_PATH_BUILD.outDir}/: run \`npm run build:base\` to test the base-path build too.`);

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions(),
  // Each test has a fresh context, so an allowed service worker would download the whole site (about 8 MB) into
  // its offline cache in every test. offline.spec.ts allows it and tests the site with it.
  serviceWorkers: 'block' as const,
};

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  // Hydration and search can take seconds on a busy shared machine; 5 s (the default) fails there.
  expect: { timeout: 15_000 },
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'site',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://localhost:${port}` },
    },
    ...(withBasePath
      ? [
          {
            name: 'base-path',
            testMatch: /base-path\.spec\.ts/,
            use: { ...browser, baseURL: `http://localhost:${basePort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx astro preview --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withBasePath
      ? [
          {
            command: `npx astro preview --port ${basePort} --base ${BASE_PATH_BUILD.base} --outDir ${BASE_PATH_BUILD.outDir} --ignore-lock`,
            url: `http://localhost:${basePort}${BASE_PATH_BUILD.base}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
