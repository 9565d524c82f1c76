/**
 * The warning above a template's export buttons: the required sections still empty, each linked to its field and
 * followed by where the standard asks for it. Export stays possible.
 */
import type { ComponentChildren } from 'preact';

export function MissingSections({
  idPrefix,
  className = '',
  heading,
  none,
  intro,
  items,
}: {
  /** Prefix of the section anchors (`sla` → `#sla-services`) and of the heading's ID. */
  idPrefix: string;
  /** Extra class for the template's own styling. */
  className?: string;
  heading: string;
  /** Shown when nothing is missing. */
  none: string;
  intro: string;
  /** Each missing section: its ID, its name and where the standard asks for it (already in brackets). */
  items: { section: string; label: string; source: ComponentChildren }[];
}) {
  return (
    <div class={['sla-missing', className, items.length === 0 && 'sla-missing--complete'].filter(Boolean).join(' ')}>
      <h3 id={`${idPrefix}-missing-heading`}>{heading}</h3>
      {items.length === 0 ? (
        <p>{none}</p>
      ) : (
        <>
          <p>{intro}</p>
          <ul>
            {items.map((m) => (
              <li key={m.section} data-section={m.section}>
                <a href={`#${idPrefix}-${m.section}`}>{m.label}</a> {m.source}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
