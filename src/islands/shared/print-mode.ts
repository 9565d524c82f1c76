/**
 * Whether the page is being printed: between the browser's `beforeprint` and `afterprint`, or while print media
 * applies (as when a test emulates it). Parts of a view that only paper shows are drawn only then. Rendered to a
 * string (no document), it is always true, so the string has everything. Printing also draws every part still
 * waiting for its turn (Later.tsx).
 */
import { signal } from '@preact/signals';
import { drawAll } from './Later.tsx';

const inBrowser = typeof document !== 'undefined';
export const printing = signal(!inBrowser);

let inPrintDialog = false;
/** Sets print mode on before a print button opens the dialog: the draw must land before the page is laid out. */
export function startPrinting(): void {
  inPrintDialog = true;
  update();
}

function update() {
  const now = inPrintDialog || window.matchMedia('print').matches;
  if (now) drawAll();
  printing.value = now;
}

if (inBrowser) {
  window.addEventListener('beforeprint', () => startPrinting());
  window.addEventListener('afterprint', () => {
    inPrintDialog = false;
    update();
  });
  window.matchMedia('print').addEventListener('change', update);
}
