/**
 * Word (.docx) from every template page, in either language: the file downloads from the browser, is a .docx a
 * reader opens (mammoth), carries the document's title as its heading and the chosen language, and the Word writer
 * is fetched only when asked for.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { expect, test } from './fixtures.ts';
import { open, saved } from './template-page.ts';

const PAGES = ['sla', 'service-catalogue', 'priority', 'plans', 'checklist-onsite', 'checklist-remote'];

/** Whether a script of the build holds the Word writer (its MIME type is in no other module). */
const isWordWriter = (url: string) => {
  const match = /\/_astro\/([^/?#]+\.js)/.exec(url);
  return !!match && readFileSync(`dist/_astro/${match[1]}`, 'utf8').includes('wordprocessingml.document');
};

for (const slug of PAGES) {
  test(`${slug}: Word in Chinese, then in English`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await open(page, `/${slug}/`);
    await saved(page);
    expect(scripts.filter(isWordWriter), 'the Word writer is not in the first load').toEqual([]);
    const title = await page.getByLabel('文档名称').inputValue();

    for (const [locale, made] of [
      ['zh-CN', '运维服务交付规范门户生成'],
      ['en', 'Made with the GB/T 28827.2 O&M Delivery Portal'],
    ] as const) {
      await page.getByLabel('导出语言').selectOption(locale);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '导出 Word' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.docx$/);
      const bytes = readFileSync((await file.path())!);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
      expect(html).toMatch(/<h1>[^<]*<\/h1>/);
      expect(html.match(/<h1>([^<]*)<\/h1>/)![1]).toContain(title.replace(/&/g, '&amp;'));
      expect(html.replace(/&amp;/g, '&')).toContain(made);
    }
    expect(scripts.filter(isWordWriter).length, 'fetched on the first Word export').toBeGreaterThan(0);
    await expect(page.getByTestId('word-failed')).toHaveCount(0);
  });
}
