/**
 * Every change the SLA page makes to an SLA draft, as pure functions `(doc, …) → doc`, called through
 * `DocumentModel.update`. Rows of the lists (services, targets, indicators, deliverables) are added at the end,
 * changed and removed at any index. The service fields (shared with the catalogue page) are patches of one
 * `SlaService`, built by `toggleContent` and `toggleMode`.
 *
 * Pure: no DOM.
 */
import { insertAt, patchAt, removeAt, toggleIn } from './list-edits.ts';
import {
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  type DeliveryContent,
  type DeliveryMode,
  type SlaDocument,
  type SlaService,
  type SlaTarget,
} from './sla.ts';
import type { SlaTextSection } from './sla-sections.ts';

/** The lists of an SLA draft, each a table of rows. */
export type SlaList = 'services' | 'targets' | 'indicators' | 'deliverables';
export type SlaRow<K extends SlaList> = SlaDocument[K][number];

/** The fields of an SLA draft that hold plain text: the parties and the free-text sections. */
export type SlaTextField = 'supplier' | 'customer' | SlaTextSection;

/** The parties or one free-text section changed. */
export function setSlaText(doc: SlaDocument, field: SlaTextField, value: string): SlaDocument {
  return { ...doc, [field]: value };
}

/** The start or the end of the term changed (YYYY-MM-DD, or empty). */
export function setTerm(doc: SlaDocument, end: 'start' | 'end', date: string): SlaDocument {
  return { ...doc, term: { ...doc.term, [end]: date } };
}

/** `row` added at the end of list `list`. */
export function appendSlaRow<K extends SlaList>(doc: SlaDocument, list: K, row: SlaRow<K>): SlaDocument {
  const rows = doc[list] as SlaRow<K>[];
  return { ...doc, [list]: insertAt(rows, rows.length, row) };
}

/** Row `index` of list `list` with the fields of `patch` changed. */
export function patchSlaRow<K extends SlaList>(
  doc: SlaDocument,
  list: K,
  index: number,
  patch: Partial<SlaRow<K>>,
): SlaDocument {
  return { ...doc, [list]: patchAt(doc[list] as SlaRow<K>[], index, patch) };
}

/** `doc` without row `index` of list `list`. */
export function removeSlaRow(doc: SlaDocument, list: SlaList, index: number): SlaDocument {
  return { ...doc, [list]: removeAt<unknown>(doc[list], index) };
}

/** The target a new row starts with: the next priority number, one hour to respond, eight to resolve. */
export const nextTarget = (doc: SlaDocument): SlaTarget => ({
  priority: `P${doc.targets.length + 1}`,
  responseMinutes: 60,
  resolutionMinutes: 480,
});

/** A blank indicator row. */
export const blankIndicator = (): SlaRow<'indicators'> => ({ name: '', target: '', calculation: '' });

/** A blank deliverable row. */
export const blankDeliverable = (): SlaRow<'deliverables'> => ({ name: '', frequency: '', recipient: '' });

/** The patch that ticks (`on`) or unticks a delivery content of a service; contents stay in the standard's order. */
export const toggleContent = (service: SlaService, content: DeliveryContent, on: boolean): Partial<SlaService> => ({
  contents: toggleIn(service.contents, content, on, DELIVERY_CONTENTS),
});

/** The patch that ticks (`on`) or unticks a delivery mode of a service; modes stay in the standard's order. */
export const toggleMode = (service: SlaService, mode: DeliveryMode, on: boolean): Partial<SlaService> => ({
  modes: toggleIn(service.modes, mode, on, DELIVERY_MODES),
});
