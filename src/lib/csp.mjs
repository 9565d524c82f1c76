// The portal's Content-Security-Policy, in one place for the Astro config (which writes it into a
// <meta http-equiv="Content-Security-Policy"> in every page, with the hashes of the page's scripts and styles),
// public/_headers and the tests. The portal's own policy; see README "Deploy".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Directives every page states (Astro adds `script-src` and `style-src` with their hashes). */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  // Starlight's and Expressive Code's stylesheets draw icons as `data:` SVG images.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Directives only a response header can carry: a browser ignores `frame-ancestors` in a meta tag. public/_headers
 * states these, with the page directives that need no hash.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Script sources besides the hashes: the site's own files, and WebAssembly for Pagefind's search index (it
 * compiles its WASM module; `'wasm-unsafe-eval'` allows that and nothing else, no `eval` of JavaScript).
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Style sources besides the hashes of Astro's inline styles. Inline `style="…"` attributes are allowed
 * (`style-src-attr 'unsafe-inline'`): Starlight, Expressive Code and the islands' progress bars and chart
 * boxes write thousands of them, and a style attribute cannot run script; `<style>` elements still need a hash.
 */
export const STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: /** @type {const} */ ('attribute') }];

/** The CSP hash of a script or style body, as a browser computes it. @param {string} body */
export const cspHash = (body) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;

/**
 * Bodies of the `<script is:inline>` elements of an Astro component's source: Astro writes them into pages as
 * they are and does not hash them itself. @param {string} source
 */
export function inlineScriptBodies(source) {
  return [...source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
}

/**
 * Components whose inline scripts every page may carry: two of Starlight's (search shortcut, sidebar state) and
 * the portal's ThemeProvider and ThemeSelect overrides. Read from the installed files, so an update of Starlight
 * brings its new hashes; test/unit/csp.test.ts checks every inline script of the built pages is allowed.
 */
const INLINE_SCRIPT_COMPONENTS = [
  '@astrojs/starlight/components/Search.astro',
  '@astrojs/starlight/components/SidebarPersister.astro',
  new URL('../components/starlight/ThemeProvider.astro', import.meta.url).href,
  new URL('../components/starlight/ThemeSelect.astro', import.meta.url).href,
];

/** Hashes of the inline scripts of `INLINE_SCRIPT_COMPONENTS`. */
export function inlineScriptHashes() {
  return INLINE_SCRIPT_COMPONENTS.flatMap((spec) => {
    const file = fileURLToPath(spec.startsWith('file:') ? spec : import.meta.resolve(spec));
    const bodies = inlineScriptBodies(readFileSync(file, 'utf8'));
    if (bodies.length === 0) throw new Error(`${spec}: no inline script found; update src/lib/csp.mjs`);
    return bodies.map(cspHash);
  });
}

/**
 * The `security.csp` option of the Astro config. Astro types directives and hashes as template literals
 * (`sha256-${string}`), which plain JS strings here cannot show; Astro validates them when it loads the config.
 * @returns {any}
 */
export const astroCsp = () => ({
  algorithm: /** @type {const} */ ('SHA-256'),
  directives: PAGE_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_RESOURCES, hashes: inlineScriptHashes() },
  styleDirective: { resources: STYLE_RESOURCES },
});

/** Sets zod's `jitless` before zod is loaded, on zod's own global settings object. */
export const ZOD_JITLESS_SCRIPT = `(globalThis.__zod_globalConfig ??= {}).jitless = true;`;

/**
 * An Astro integration that runs zod without `eval` on pages with islands. Zod 4 probes `new Function('')` to
 * decide whether to compile its object parsers; under this policy the probe is refused (zod then parses without
 * it) but the browser still reports a violation. `jitless` skips the probe: https://zod.dev/packages/core#jitless
 * It runs before any island hydrates; zod keeps its settings in `globalThis.__zod_globalConfig` (created with `??=`
 * when zod loads, so every copy of zod sees it), which this script fills without importing zod: zod is loaded only
 * when something has to be checked (issue 12), and then finds the setting (`test/unit/csp.test.ts` checks that zod
 * still reads it from there).
 * @returns {import('astro').AstroIntegration}
 */
export function zodWithoutEval() {
  return {
    name: 'portal-zod-without-eval',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('before-hydration', ZOD_JITLESS_SCRIPT);
      },
    },
  };
}
