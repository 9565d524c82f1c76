/**
 * The heading of a view. After a navigation it takes the focus, so keyboard and screen-reader users land on
 * the new view and hear its name; it also names the browser tab after the view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Focus the heading when it mounts (false on the first view after page load). */
  focus: boolean;
  /** Plain text for the document title. */
  title: string;
  children: ComponentChildren;
}

/** The page's own title, before any view renamed the tab. */
let pageTitle: string | undefined;

export default function ViewHeading({ focus, title, children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    pageTitle ??= document.title;
    document.title = `${title} · ${pageTitle}`;
  }, [title]);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 class="assess-view-heading" tabIndex={-1} ref={ref} data-testid="view-heading">
      {children}
    </h2>
  );
}

/** Focuses the current view's heading, e.g. when the control that had the focus was removed. */
export function focusViewHeading(): void {
  document.querySelector<HTMLElement>('[data-testid="view-heading"]')?.focus();
}
