/**
 * Screenshots of the template pages (desktop 1280 and phone 390, zh-CN and en) and of their print layout, into
 * SHOTS_DIR (default /tmp/shots-templates). Needs a running preview at BASE_URL (default http://localhost:4351).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:4351';
const dir = process.env.SHOTS_DIR ?? '/tmp/shots-templates';
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/templates/', '/priority/', '/checklist-onsite/', '/checklist-remote/', '/7-3/'];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage({ viewport });
  for (const p of paths) {
    for (const path of [p, `/en${p}`]) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const file = `${dir}/${name}${path.replace(/\//g, '_')}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      if (name === 'desktop' && process.env.PRINT === '1') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: file.replace('.png', '.print.png'), fullPage: true });
        await page.pdf({ path: file.replace('.png', '.pdf'), format: 'A4', printBackground: true });
        await page.emulateMedia({ media: 'screen' });
      }
    }
  }
  await page.close();
}
await browser.close();
