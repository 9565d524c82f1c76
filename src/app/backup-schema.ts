/**
 * The schema of a backup file. Kept apart from `backup.ts` so that the pages with the "backup and trash" panel
 * load the schema library (zod) only when a backup is opened, not on their first load.
 */
import * as z from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backup-format.ts';

export const BackupFileSchema = z.object({
  /** Always `BACKUP_FORMAT`. */
  format: z.literal(BACKUP_FORMAT),
  /** File format version. */
  version: z.literal(BACKUP_VERSION),
  /** When the backup was written, in the local time of the browser that wrote it, with its offset. */
  exported: z.string(),
  /** Every assessment, by its local ID. */
  assessments: z.array(z.object({ id: z.string().check(z.minLength(1)), record: z.unknown() })),
  /** Every template document, by template and local ID. */
  templates: z.array(
    z.object({ template: z.string().check(z.minLength(1)), id: z.string().check(z.minLength(1)), record: z.unknown() }),
  ),
}) satisfies z.ZodMiniType<BackupFile>;
