/**
 * What a backup file is, apart from `backup.ts` so that `backup-schema.ts` (loaded only when a file is opened)
 * needs nothing from the module that loads it.
 */

/** Marks a file as a backup of this portal. */
export const BACKUP_FORMAT = 'gbt28827-portal-backup';
/** The version this code writes; a newer one is refused by name. */
export const BACKUP_VERSION = 1;
/** A backup file; `backup-schema.ts` checks one being opened (loaded then, so no page carries it on first load). */
export interface BackupFile {
  /** Always `BACKUP_FORMAT`. */
  format: typeof BACKUP_FORMAT;
  /** File format version. */
  version: typeof BACKUP_VERSION;
  /** When the backup was written, in the local time of the browser that wrote it, with its offset. */
  exported: string;
  /** Every assessment, by its local ID. */
  assessments: { id: string; record: unknown }[];
  /** Every template document, by template and local ID. */
  templates: { template: string; id: string; record: unknown }[];
}
