/**
 * The clause picker of the handouts and the scope picker of the blank questionnaire: tick boxes that show or hide
 * the printed parts, keep the choice in the address (so a class can share it) and print. Everything is rendered
 * at build time; without scripts the pickers stay hidden and the whole set prints. The choices themselves are
 * computed by the pure functions of `src/lib/training-selection.ts`.
 */
import type { Scope } from '../engine/scope.ts';
import {
  clauseSelectionParam,
  clausesOfScope,
  parseClauseSelection,
  parseScopeParams,
  scopeParams,
  withParams,
} from '../lib/training-selection.ts';
import { formatMessage } from '../i18n/format.ts';

/** The parts of the browser the pickers use, passed in so they stay replaceable. */
export interface PrintPage {
  search(): string;
  replaceSearch(search: string): void;
  print(): void;
}

const browserPage = (): PrintPage => ({
  search: () => location.search,
  replaceSearch: (search) => history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
  print: () => window.print(),
});

const boxes = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLInputElement>(selector)];

/** An element the page's markup always renders (ClauseHandouts, BlankQuestionnaire); throws naming it if not. */
function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`print page: no ${selector}`);
  return found;
}

/** Handouts: `[data-handouts]` holds `[data-picker]` with one box per clause and one `article[data-clause]` each. */
export function bindHandouts(root: HTMLElement, page: PrintPage = browserPage()): void {
  const picker = root.querySelector<HTMLElement>('[data-picker]');
  if (!picker) return;
  const clauseBoxes = boxes(picker, 'input[data-clause-box]');
  const known = clauseBoxes.map((b) => b.value);
  const handouts = [...root.querySelectorAll<HTMLElement>('article[data-clause]')];
  const status = required<HTMLElement>(picker, '[data-status]');
  const printButton = required<HTMLButtonElement>(picker, '[data-print]');

  const show = (selected: readonly string[]) => {
    for (const box of clauseBoxes) box.checked = selected.includes(box.value);
    for (const h of handouts) h.hidden = !selected.includes(h.dataset.clause ?? '');
    status.textContent =
      selected.length === 0
        ? (status.dataset.empty ?? '')
        : formatMessage(status.dataset.template ?? '', { count: selected.length });
    printButton.disabled = selected.length === 0;
  };
  const choose = (selected: readonly string[]) => {
    show(selected);
    page.replaceSearch(withParams(page.search(), { clauses: clauseSelectionParam(selected, known) }));
  };
  const checked = () => clauseBoxes.filter((b) => b.checked).map((b) => b.value);

  for (const box of clauseBoxes) box.addEventListener('change', () => choose(checked()));
  picker.querySelector('[data-all]')?.addEventListener('click', () => choose(known));
  picker.querySelector('[data-none]')?.addEventListener('click', () => choose([]));
  printButton.addEventListener('click', () => page.print());

  show(parseClauseSelection(new URLSearchParams(page.search()).get('clauses'), known));
  picker.hidden = false;
}

/**
 * Blank questionnaire: `[data-blank]` holds `[data-picker]` with boxes for the delivery contents and modes, and one
 * `section[data-clause]` per clause; `[data-scope-text]` names the scope on paper.
 */
export function bindBlankQuestionnaire(root: HTMLElement, page: PrintPage = browserPage()): void {
  const picker = root.querySelector<HTMLElement>('[data-picker]');
  if (!picker) return;
  const contentBoxes = boxes(picker, 'input[data-content-box]');
  const modeBoxes = boxes(picker, 'input[data-mode-box]');
  const sections = [...root.querySelectorAll<HTMLElement>('section[data-clause]')];
  const clauses = sections.map((s) => s.dataset.clause ?? '');
  const status = required<HTMLElement>(picker, '[data-status]');
  const scopeText = root.querySelector<HTMLElement>('[data-scope-text]');
  const labelOf = (box: HTMLInputElement) => box.dataset.label ?? box.value;
  const separator = scopeText?.dataset.separator ?? ', ';

  const show = (scope: Scope) => {
    for (const b of contentBoxes) b.checked = (scope.contents as string[]).includes(b.value);
    for (const b of modeBoxes) b.checked = (scope.modes as string[]).includes(b.value);
    const inScope = clausesOfScope(scope, clauses);
    let elements = 0;
    for (const s of sections) {
      s.hidden = !inScope.includes(s.dataset.clause ?? '');
      if (!s.hidden) elements += s.querySelectorAll('[data-element]').length;
    }
    status.textContent = formatMessage(status.dataset.template ?? '', { clauses: inScope.length, elements });
    if (scopeText) {
      const chosen = [...contentBoxes, ...modeBoxes].filter((b) => b.checked).map(labelOf);
      scopeText.textContent = [scopeText.dataset.always ?? '', ...chosen].join(separator);
    }
  };
  const current = (): Scope => ({
    contents: contentBoxes.filter((b) => b.checked).map((b) => b.value) as Scope['contents'],
    modes: modeBoxes.filter((b) => b.checked).map((b) => b.value) as Scope['modes'],
  });
  const choose = () => {
    const scope = current();
    show(scope);
    const params = Object.fromEntries(scopeParams(scope));
    page.replaceSearch(withParams(page.search(), { contents: params.contents ?? null, modes: params.modes ?? null }));
  };

  for (const b of [...contentBoxes, ...modeBoxes]) b.addEventListener('change', choose);
  picker.querySelector('[data-print]')?.addEventListener('click', () => page.print());

  show(parseScopeParams(new URLSearchParams(page.search())));
  picker.hidden = false;
}
