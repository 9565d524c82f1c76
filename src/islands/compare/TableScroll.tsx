/**
 * A wide table that scrolls inside its own box on a narrow screen instead of widening the page. The box can take
 * keyboard focus (so it can be scrolled without a mouse) and is named by the table's caption.
 */
import type { ComponentChildren } from 'preact';
import { useCompare } from './context.ts';

export default function TableScroll({ caption, children }: { caption: string; children: ComponentChildren }) {
  const { t } = useCompare();
  return (
    <div class="table-scroll compare-scroll" tabIndex={0} role="region" aria-label={t('cmp.tableLabel', { caption })}>
      {children}
    </div>
  );
}
