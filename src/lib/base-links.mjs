// Puts the site's base path in front of site-root links written in the Markdown and MDX pages, so authors write
// `[交付策划](/5-2/)` or `<LinkCard href="/en/chapter-5/" />` and the links still work when the site is built
// under a base path (`BASE=/gbt28827/ npm run build`). Astro prefixes its own assets and Starlight its sidebar,
// but neither rewrites links inside page content: https://docs.astro.build/en/reference/configuration-reference/#base

/** A base path in one shape, leading and trailing slash: `gbt28827` → `/gbt28827/`, `` → `/`. Plain JS so the
 * Astro config can load it; `src/lib/paths.ts` uses the same. @param {string} base */
export function normalizeBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A link with the base in front when it is site-root relative (`/5-2/#DM-PLAN-01`); other links (`#x`,
 * `https://…`, `//host/…`, `mailto:`, relative ones) and links already below the base are left alone.
 * @param {string} base @param {unknown} href
 */
export function prefixBase(base, href) {
  const root = normalizeBase(base);
  if (typeof href !== 'string' || root === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href.startsWith(root) || `${href}/` === root) return href;
  return `${root}${href.slice(1)}`;
}

/** Components of the pages that take a link in an attribute, and which attribute. */
const LINK_ATTRIBUTES = { LinkCard: 'href', LinkButton: 'href', Card: 'href' };

/**
 * A Sätteri hast plugin (Astro's Markdown processor) that prefixes the base to `<a href>` and `<img src>` and to
 * the link attributes of the components above. Does nothing when the base is `/`.
 * @param {string} base
 */
export function baseLinksPlugin(base) {
  const root = normalizeBase(base);
  /** @param {any} node @param {any} ctx @param {string} key @param {unknown} value */
  const fix = (node, ctx, key, value) => {
    const fixed = prefixBase(root, value);
    if (fixed !== value) ctx.setProperty(node, key, fixed);
  };
  /** @type {any} */
  const jsx = {
    filter: Object.keys(LINK_ATTRIBUTES),
    /** @param {any} node @param {any} ctx */
    visit(node, ctx) {
      const name = LINK_ATTRIBUTES[/** @type {keyof typeof LINK_ATTRIBUTES} */ (node.name)];
      const attribute = node.attributes.find((/** @type {any} */ a) => a.type === 'mdxJsxAttribute' && a.name === name);
      if (attribute) fix(node, ctx, name, attribute.value);
    },
  };
  return {
    name: 'portal-base-links',
    element: {
      filter: ['a', 'img'],
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        if (node.tagName === 'a') fix(node, ctx, 'href', node.properties?.href);
        else fix(node, ctx, 'src', node.properties?.src);
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}

/**
 * An Astro integration that adds `baseLinksPlugin` for the base the build ends up with, whether set in the
 * config (`BASE=…`) or on the command line (`astro build --base …`). Starlight adds its plugins the same way.
 * @returns {import('astro').AstroIntegration}
 */
export function baseLinks() {
  return {
    name: 'portal-base-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const processor = /** @type {any} */ (config.markdown.processor);
        if (processor?.name !== 'satteri' || !Array.isArray(processor.options?.hastPlugins))
          throw new Error(`base links need Astro's Sätteri Markdown processor, not "${processor?.name}"`);
        processor.options.hastPlugins.push(baseLinksPlugin(config.base));
        if (normalizeBase(config.base) !== '/') logger.info(`links in pages go below ${normalizeBase(config.base)}`);
      },
    },
  };
}
