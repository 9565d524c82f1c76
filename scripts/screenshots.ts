/**
 * `npm run screenshots`: desktop and phone screenshots of the main pages in zh-CN and en, written to
 * screenshots/ for a person to look at. Needs the site built; starts `astro preview` itself.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/browser.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/5-2/',
      '/6-2/',
      '/7-3/',
      '/8-2/',
      '/framework/',
      '/glossary/',
      '/elements/',
      '/appendix-c/',
      '/chapter-5/',
      '/templates/',
      '/priority/',
      '/checklist-onsite/',
      '/checklist-remote/',
      '/sla/',
      '/service-catalogue/',
      '/plans/',
    ];
// SCREENSHOT_PORT lets several checkouts take screenshots side by side.
const port = process.env.SCREENSHOT_PORT ?? '4322';
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

// Its own process group, so that stopping it also stops the server behind it (Astro allows one preview per project).
const server = spawn('npx', ['astro', 'preview', '--port', port], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    for (const base of paths) {
      for (const path of [base, `/en${base}`]) {
        await page.goto(`http://localhost:${port}${path}`);
        const file = `screenshots/${name}${path.replace(/\//g, '_') || '_'}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
      }
    }
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}
