/**
 * Starlight route middleware. A related-practice page renders its sections from the catalog inside a component,
 * which Starlight's table of contents cannot see; this adds them (sections and their sub-sections) to it.
 * The hero buttons of a splash page get the site's base path, which Starlight does not add to their links.
 * A splash page (the home pages, 404) gets the sidebar too: Starlight renders the phone menu (menu button,
 * sidebar, theme and language selects) only for pages that have one, so without it a phone has no way to switch
 * language or reach another section from there. On a wide screen portal.css hides that sidebar again, so the
 * desktop splash layout stays as it was.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { prefixBase } from './lib/base-links.mjs';
import { toLocale } from './lib/catalog.ts';
import { BASE, sectionAnchor } from './lib/paths.ts';
import { practices } from './lib/practices.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const action of route.entry.data.hero?.actions ?? []) action.link = prefixBase(BASE, action.link) as string;
  if (route.entry.data.template === 'splash') route.hasSidebar = true;
  const match = /^(?:en\/)?practices\/([a-z-]+)$/.exec(route.id);
  const practice = match && practices().find((p) => p.structure.practice.id === match[1]);
  if (!practice || !route.toc) return;
  const locale = toLocale(route.lang);
  for (const chapter of practice.structure.chapters) {
    route.toc.items.push({
      depth: 2,
      slug: sectionAnchor(chapter.number),
      text: `${chapter.number} ${chapter.title[locale]}`,
      children: chapter.clauses.map((clause) => ({
        depth: 3,
        slug: sectionAnchor(clause.number),
        text: `${clause.number} ${clause.title[locale]}`,
        children: [],
      })),
    });
  }
});
