/**
 * What a trash entry is, apart from `trash.ts` so that `trash-schema.ts` (loaded only when an entry is read) needs
 * nothing from the module that loads it.
 */

/** The stores a record can come from: the questionnaire's and the templates'. */
export const COLLECTIONS = ['assessments', 'templates'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** One deleted record as the trash keeps it; `trash-schema.ts` checks an entry read back. */
export interface TrashEntry {
  /** The store the record came from. */
  collection: Collection;
  /** Its key in that store (an assessment's ID; `doc:<template>:<id>` for a template document). */
  key: string;
  /** Its title when it was deleted, for the list (the key when it had none). */
  title: string;
  /** When it was deleted, as an ISO time. */
  deletedAt: string;
  /** The record exactly as it was stored. */
  record: unknown;
}
