import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = 'http://localhost:4341';
const [, , path = '/report/#weak', prefix = 'try', width = '1280', scrolls = '0,900,1800,2700,3600,4500'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(base + '/report/');
for (const name of ['weak', 'strong']) {
  const value = JSON.parse(readFileSync(`assessments/examples/${name}-supplier.json`, 'utf8'));
  await page.evaluate(async ({ value, name }) => {
    const open = indexedDB.open('itss-delivery-portal');
    open.onupgradeneeded = () => { if (!open.result.objectStoreNames.contains('assessments')) open.result.createObjectStore('assessments'); };
    const db: IDBDatabase = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const tx = db.transaction('assessments', 'readwrite');
    tx.objectStore('assessments').put(value, name);
    await new Promise((res) => (tx.oncomplete = res));
    db.close();
  }, { value, name });
}
await page.goto(base + path);
await page.reload();
await page.waitForTimeout(1500);
for (const y of scrolls.split(',').map(Number)) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/shots-report/${prefix}-${y}.png` });
}
await browser.close();
