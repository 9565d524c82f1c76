import type { AstroGlobal } from 'astro';
import { toLocale } from './catalog.ts';
import { translator } from '../i18n/ui.ts';

/** Locale and translator of the Starlight page a component is rendered in. */
export function pageLocale(astro: AstroGlobal) {
  const locale = toLocale(astro.locals.starlightRoute.lang);
  return { locale, t: translator(locale) };
}
