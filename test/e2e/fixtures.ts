/**
 * The `test` every spec uses: Playwright's, plus a check that no page of the test broke the site's
 * Content-Security-Policy. An init script in the test's browser context reports each `securitypolicyviolation`
 * event of every page and frame it opens; the test fails at its end if there was any, naming the directive, the
 * blocked resource and where it came from.
 */
import { expect, test as base } from '@playwright/test';

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => Promise<void>;
  }
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('reportCspViolation', ({ page }, violation: string) => {
        violations.push(`${page.url()}: ${violation}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '';
          void window.reportCspViolation?.(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'}${where} ${e.sample}`.trim(),
          );
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
