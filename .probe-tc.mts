import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '/work/wt-train-content/test/browser.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
await page.goto('http://localhost:4651/training/handouts/?clauses=5.4');
await page.emulateMedia({ media: 'print' });
await page.waitForTimeout(500);
const found = await page.evaluate(() => {
  const out: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.handouts')) continue;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (
      r.width > 0 &&
      r.height > 0 &&
      cs.visibility !== 'hidden' &&
      (cs.borderTopWidth !== '0px' || el.children.length === 0)
    )
      out.push(
        `${el.tagName}.${el.className} ${Math.round(r.top)} ${Math.round(r.height)} border=${cs.borderTopWidth}`,
      );
  }
  return out;
});
console.log(found.join('\n'));
await browser.close();
