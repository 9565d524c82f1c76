/**
 * The schema of a trash entry. Kept apart from `trash.ts` so that a page loads the schema library (zod) only
 * when the trash has an entry to read: a first visit has an empty trash and never downloads it.
 */
import * as z from 'zod/mini';
import { COLLECTIONS, type TrashEntry } from './trash-entry.ts';

/** One deleted record as the trash keeps it. */
export const TrashEntrySchema = z.object({
  /** The store the record came from. */
  collection: z.enum(COLLECTIONS),
  /** Its key in that store (an assessment's ID; `doc:<template>:<id>` for a template document). */
  key: z.string().check(z.minLength(1)),
  /** Its title when it was deleted, for the list (the key when it had none). */
  title: z.string(),
  /** When it was deleted, as an ISO time. */
  deletedAt: z.iso.datetime({ offset: true }),
  /** The record exactly as it was stored. */
  record: z.custom<unknown>((v) => v !== undefined, 'the deleted record is missing'),
}) satisfies z.ZodMiniType<TrashEntry>;
