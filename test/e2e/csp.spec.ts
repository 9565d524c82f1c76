/**
 * The Content-Security-Policy (src/lib/csp.mjs): every built page states it in a meta tag that allows each of its
 * inline scripts and styles by hash and no other inline script; a browser enforces it; the site works under it
 * (the fixtures fail any test on a violation) and with storage blocked. The preview server does not send
 * public/_headers, so the header is checked by test/unit/csp.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { builtPages, watchErrors } from './site.ts';

const sha256 = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const file = (path: string) => `dist${path.endsWith('/') ? `${path}index.html` : path}`;

/** The page's policy as directive → sources. */
function metaPolicy(html: string): Map<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  const policy = content.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test('every built page states a strict policy that allows exactly its own inline scripts and styles', () => {
  for (const path of builtPages()) {
    const html = readFileSync(file(path), 'utf8');
    const policy = metaPolicy(html);
    expect(policy, `${path} has no CSP meta tag`).toBeDefined();
    expect(policy!.get('default-src'), path).toEqual(["'self'"]);
    expect(policy!.get('object-src'), path).toEqual(["'none'"]);
    expect(policy!.get('base-uri'), path).toEqual(["'self'"]);
    const scripts = policy!.get('script-src') ?? [];
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(policy!.get('style-src') ?? [], path).not.toContain("'unsafe-inline'");
    for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs!) || /type="application\/(ld\+)?json"/.test(attrs!)) continue;
      expect(scripts, `${path}: inline script ${body!.slice(0, 60)}`).toContain(sha256(body!));
    }
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
      expect(policy!.get('style-src'), `${path}: inline style ${body!.slice(0, 60)}`).toContain(sha256(body!));
    // Inline event handlers would need 'unsafe-inline' or 'unsafe-hashes'.
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/);
  }
});

test('the browser enforces the policy: an injected inline script does not run and is reported', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/assess/');
  await expect(page.getByTestId('example-strong')).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    const reported = new Promise((resolve) => document.addEventListener('securitypolicyviolation', resolve));
    document.body.append(script);
    await reported;
    return (window as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatch(/script-src(-elem)? blocked/);
  cspViolations.length = 0; // The one violation this test caused on purpose.
});

test('the search form submits nothing under the policy (Pagefind prevents its javascript: action)', async ({
  page,
}) => {
  await page.goto('/en/');
  await page.locator('site-search button[data-open-modal]').first().click();
  const input = page.locator('site-search dialog input').first();
  await input.fill('knowledge base');
  await input.press('Enter');
  await expect(page.locator('site-search .pagefind-ui__result').first()).toBeVisible();
  await expect(page).toHaveURL(/\/en\/$/);
});

test.describe('with browser storage blocked', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
  });

  test('pages show no script error, follow the system theme and the theme picker still works', async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const path of ['/5-2/', '/en/glossary/', '/assess/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    }
    await expect(page.locator('.assess')).toContainText(/./);
    const picker = page.locator('starlight-theme-select select').first();
    await picker.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
  });
});
