/** The notice on every view of a related-practice assessment: it is not part of GB/T 28827.2. */
import type { EngineCatalog } from '../../engine/catalog-index.ts';
import { practiceOf } from '../../engine/catalog-index.ts';
import { useAssess } from './context.ts';

export default function CatalogBanner({ catalog }: { catalog: EngineCatalog }) {
  const { t, locale } = useAssess();
  const practice = practiceOf(catalog);
  if (!practice) return null;
  return (
    <p class="assess-practice-banner" data-testid="practice-banner">
      <strong>{t('catalog.related')}</strong> {t('catalog.banner', { title: practice.title[locale] })}
    </p>
  );
}
