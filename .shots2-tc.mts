import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './test/browser.ts';
const base = 'http://localhost:4651';
const out = '/tmp/shots-train-content';
const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of process.argv.slice(2)) {
  const [url, anchor] = path.split('@');
  const name = url.replace(/[/?=,&#]+/g, '_') + (anchor ? '-' + anchor.replace(/\W/g, '') : '');
  for (const [w, h, tag] of [
    [1280, 900, 'desk'],
    [390, 844, 'phone'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(base + url);
    await page.waitForTimeout(700);
    if (anchor) {
      const el = page.locator(anchor).first();
      if (await el.locator('summary').count()) await el.locator('summary').first().click();
      await el.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
    }
    await page.screenshot({ path: `${out}/${name}-${tag}.png` });
    await page.close();
  }
}
await browser.close();
