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
 * Moves the focus to an element once the next render is done: after a row is inserted or removed, the keyboard
 * lands on the row's first field instead of on the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id) => {
    pending.current = id;
  };
}
