import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { config } from 'zod/mini';
import {
  HEADER_ONLY_DIRECTIVES,
  PAGE_DIRECTIVES,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
  ZOD_JITLESS_SCRIPT,
  astroCsp,
  cspHash,
  inlineScriptBodies,
  inlineScriptHashes,
} from '../../src/lib/csp.mjs';

/** The headers of each path pattern of a Netlify/Cloudflare `_headers` file. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      if (!current || colon < 0) throw new Error(`_headers: a header outside a path, or without a colon: ${line}`);
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const all = rules.get('/*');

  it('applies to every path', () => {
    expect([...rules.keys()]).toEqual(['/*']);
    expect(all).toBeDefined();
  });

  it('states the directives only a header can carry and those of the pages that need no hash', () => {
    const csp = directives(all!.get('content-security-policy')!);
    for (const d of HEADER_ONLY_DIRECTIVES) expect(csp).toContain(d);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Each page directive it repeats is the same as in the pages, so the two policies never disagree.
    for (const d of csp.filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d))) expect(PAGE_DIRECTIVES).toContain(d);
  });

  it('allows no inline script and leaves scripts to the hashes of the page policy', () => {
    const csp = all!.get('content-security-policy')!;
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // A script-src or default-src here without the page's hashes would block the hashed inline scripts.
    expect(csp).not.toMatch(/(^|;)\s*(script-src|default-src)/);
  });

  it('sends the other security headers', () => {
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('x-frame-options')).toBe('DENY');
    expect(all!.get('referrer-policy')).toBeTruthy();
  });
});

describe('the page policy', () => {
  it('is strict: self by default, no plugins, no foreign base, no inline script', () => {
    expect(PAGE_DIRECTIVES).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
    expect(SCRIPT_RESOURCES).not.toContain("'unsafe-inline'");
    expect(SCRIPT_RESOURCES).not.toContain("'unsafe-eval'");
    // Inline styles only as attributes; <style> elements need a hash.
    expect(STYLE_RESOURCES).toContainEqual({ resource: "'unsafe-inline'", kind: 'attribute' });
    expect(STYLE_RESOURCES).not.toContain("'unsafe-inline'");
  });

  it('hashes a script body as a browser does', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('finds the inline scripts of a component and leaves its processed ones', () => {
    const source = `---\nconst a = 1;\n---\n<script is:inline>\n  one();\n</script>\n<script>two();</script>\n<script is:inline aria-hidden="true">three()</script>`;
    expect(inlineScriptBodies(source)).toEqual(['\n  one();\n', 'three()']);
  });

  it('allows the inline scripts of Starlight and of the theme overrides, four components, by hash', () => {
    const hashes = inlineScriptHashes();
    expect(hashes.length).toBeGreaterThanOrEqual(5);
    expect(astroCsp().scriptDirective.hashes).toEqual(hashes);
    const themeProvider = readFileSync('src/components/starlight/ThemeProvider.astro', 'utf8');
    expect(hashes).toContain(cspHash(inlineScriptBodies(themeProvider)[0]!));
  });
});

describe('zod without eval', () => {
  it('the script before hydration sets jitless on the settings object zod reads, without loading zod', () => {
    expect(ZOD_JITLESS_SCRIPT).not.toMatch(/\bimport\b/);
    const global = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
    // zod (loaded by this file) keeps its settings there: the object the script fills is the one config() returns.
    expect(config()).toBe(global.__zod_globalConfig);
    const before = global.__zod_globalConfig?.jitless;
    try {
      new Function(ZOD_JITLESS_SCRIPT)();
      expect(config().jitless).toBe(true);
    } finally {
      config().jitless = before;
    }
  });
});
