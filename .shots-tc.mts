import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './test/browser.ts';
import { writeFileSync } from 'node:fs';
const base = 'http://localhost:4651';
const out = '/tmp/shots-train-content';
const [, , mode, ...paths] = process.argv;
const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of paths) {
  const name = path.replace(/[/?=,&#]+/g, '_');
  if (mode === 'pdf') {
    const page = await browser.newPage();
    await page.goto(base + path);
    await page.waitForTimeout(800);
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(`${out}/${name}.pdf`, pdf);
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(path, 'pages', count);
    await page.close();
  } else {
    for (const [w, h, tag] of [
      [1280, 900, 'desk'],
      [390, 844, 'phone'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await page.goto(base + path);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${out}/${name}-${tag}.png`, fullPage: mode === 'full' });
      await page.close();
    }
  }
}
await browser.close();
