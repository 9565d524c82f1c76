/** Pieces of the printed A4 layout that several templates end with. */
import type { ComponentChildren } from 'preact';

/** The required parts still empty, listed under a heading so the paper copy shows what is missing. */
export function PrintMissingNote({
  heading,
  colon,
  lines,
  separator,
}: {
  heading: string;
  colon: string;
  lines: string[];
  separator: string;
}) {
  if (lines.length === 0) return null;
  return (
    <div class="template-print__note">
      <strong>{heading}</strong>
      {colon}
      {lines.join(separator)}
    </div>
  );
}

/** Signature lines at the foot of a printout; a line may come pre-filled (e.g. the engineer's name). */
export function PrintSignatures({
  lines,
  colon,
}: {
  lines: { label: string; value?: ComponentChildren }[];
  colon: string;
}) {
  return (
    <div class="print-signatures">
      {lines.map(({ label, value }) => (
        <p key={label}>
          {label}
          {colon}
          <span class="print-fill">{value}</span>
        </p>
      ))}
    </div>
  );
}
