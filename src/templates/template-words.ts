/**
 * The template exports' words in another language (`fetchTemplateWords`, src/templates/template-strings-client.ts),
 * with that module loaded on the first export in another language rather than in every template page's first load.
 */
import type { Locale } from '../catalog/locales.ts';
import type { TemplateWords } from './template-strings-client.ts';

export const loadTemplateWords = (locale: Locale): Promise<TemplateWords> =>
  import('./template-strings-client.ts').then(({ fetchTemplateWords }) => fetchTemplateWords(locale));
