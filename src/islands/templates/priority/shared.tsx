/** What the priority page's view files share: their strings, their props and two small helpers. */
import { useEffect, useRef } from 'preact/hooks';
import type { KeysWithPrefix } from '../../../i18n/templates.ts';
import type { TemplateIssue } from '../../../templates/issues.ts';
import type { IssueWording } from '../../../templates/issue-words.ts';
import type { PriorityDocument } from '../../../templates/priority-document.ts';

export type PriorityStrings = Record<KeysWithPrefix<'priority.' | 'common.'>, string>;

/** Applies an edit to the open document (`DocumentModel.update`); the edits are in `src/templates/priority-edits.ts`. */
type Update = (edit: (doc: PriorityDocument) => PriorityDocument) => void;

/** The props of each part of the scheme. */
export interface PartProps {
  doc: PriorityDocument;
  update: Update;
  s: PriorityStrings;
  issues: readonly TemplateIssue[];
  messages: IssueWording;
}

/** A short visible label whose accessible name is the full one (it contains the visible words). */
export function HiddenLabel({ visible, full }: { visible: string; full: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span class="sr-only">{full}</span>
    </>
  );
}

/**
 * Moves the focus to an element once the change is drawn: after a row is inserted or removed, the keyboard lands
 * on the row's first field instead of on the page. `current` is the document this render shows. The focus waits
 * for a render of another document: the effects of a render from before the change can still run after the click
 * (Preact runs them after the next paint, late on a busy machine, or at the latest just before it draws the part
 * again), and would focus the field of the row that is about to go, leaving the focus on the page once it has gone.
 */
export function useFocusAfterRender(current: unknown): (id: string) => void {
  const pending = useRef<{ id: string; before: unknown } | null>(null);
  useEffect(() => {
    const wanted = pending.current;
    if (wanted === null || wanted.before === current) return;
    document.getElementById(wanted.id)?.focus();
    pending.current = null;
  });
  return (id) => {
    pending.current = { id, before: current };
  };
}
