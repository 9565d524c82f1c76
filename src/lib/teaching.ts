/**
 * The teaching material of `assessments/teaching.yaml` as pages use it: per clause, and its prose split into text
 * and element references so that components can link every element ID it names. Pure: no Node, no DOM.
 */
import type { ClauseTeaching } from '../catalog/schema.ts';

/** A run of prose, or an element ID to link. */
export type ProsePart = { text: string } | { id: string };

/** GB/T 28827.2 element IDs as they appear in running text (`DM-PLAN-08`, `DC-ROUT-02c`, `DW-REMOTE-END-02`). */
const ELEMENT_ID_IN_TEXT = /\bD[MCWR](?:-[A-Z]+)+-[CN]?\d{2}[a-z]?\b/g;

/** Splits prose into text and the element IDs it names, in order; joining the parts gives the text back. */
export function splitElementRefs(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const m of text.matchAll(ELEMENT_ID_IN_TEXT)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ id: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The teaching entry of a clause; throws naming the clause when there is none (the catalog check prevents it). */
export function teachingOfClause(teaching: readonly ClauseTeaching[], clause: string): ClauseTeaching {
  const entry = teaching.find((t) => t.clause === clause);
  if (!entry) throw new Error(`Clause ${clause} has no entry in assessments/teaching.yaml`);
  return entry;
}
