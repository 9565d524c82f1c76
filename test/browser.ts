import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * How to start Chromium here: Debian's build where it exists (these machines cannot download Playwright's
 * browser), Playwright's own elsewhere; CHROMIUM_PATH overrides both. The flags keep a root, offline,
 * GPU-less Chromium quiet (no sandbox as root; no background calls to a network that refuses them).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!executablePath) return {};
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
