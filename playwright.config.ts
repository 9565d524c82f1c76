import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './test/browser.ts';

// PORT lets several checkouts run their suites side by side.
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
    // Each test has a fresh context, so an allowed service worker would download the whole site (about 8 MB)
    // into its offline cache in every test. offline.spec.ts allows it and tests the site with it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
