/** Helpers shared by the e2e suites: the list of built pages and an axe run with the project's rule set. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every HTML page of a built site (`dist` unless named) as a URL path (`/`, `/5-2/`, `/en/glossary/`, `/404.html`). */
export function builtPages(root = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        pages.push(
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`,
        );
      }
    }
  };
  walk(root);
  return pages.sort();
}

export const isEnglish = (path: string) => path.startsWith('/en/');

/** The same page in the other language. */
export function counterpart(path: string): string {
  return isEnglish(path) ? path.replace(/^\/en\//, '/') : `/en${path}`;
}

/** Waits until a view drawn in turns (the report: `data-drawn`) has drawn every part. */
export async function allDrawn(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[data-drawn="false"]'));
}

/** The page's axe violations, once every part of it is drawn. */
export async function axeViolations(page: Page) {
  await allDrawn(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Collects console errors and page errors while a test runs. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
  });
  return errors;
}
