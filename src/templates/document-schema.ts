/**
 * The schema parts every template document shares (its header fields, free-text fields). Only the templates'
 * schema modules import this file, so zod is loaded with them (see `TemplateKind` in document.ts).
 */
import * as z from 'zod/mini';
import type { TemplateId } from '../catalog/schema.ts';
import { issueParams } from './issues.ts';

const isTimestamp = (s: string) => z.iso.datetime({ offset: true }).safeParse(s).success;
/** An ISO 8601 date-time with zone (`2025-03-07T10:30:00.000Z`). */
const TimestampSchema = z.string().check(z.refine(isTimestamp, issueParams('bad-timestamp')));

/** Free text of a form field: kept as typed, at most `max` characters. */
export const textField = (max = 2_000) => z._default(z.string().check(z.maxLength(max)), '');

/** The fields every template document starts with. */
export function documentHeader<T extends TemplateId, V extends number>(template: T, version: V) {
  return {
    /** File format version of this template's documents; files of older versions are migrated when read. */
    schemaVersion: z.literal(version),
    /** The template the document belongs to; a file of another template is refused by name. */
    template: z.literal(template),
    /** The name the user gives the document. */
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    /** When the document was created. */
    created: TimestampSchema,
    /** When it was last changed. */
    updated: TimestampSchema,
  };
}
