/**
 * The assessment file as users keep it: JSON written pretty-printed, and read back with migration and validation.
 * Pure: returns strings and results, writes nothing.
 */
import { parseAssessment, type Assessment, type Migration, type ParseResult } from './assessment-schema.ts';

/** The assessment file as users keep it: pretty-printed JSON ending in a newline. */
export function assessmentToJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

export { MAX_IMPORT_BYTES } from './assessment-constants.ts';

/** Reads an assessment file: tolerates a UTF-8 byte-order mark, migrates old versions, validates the shape. */
export function assessmentFromJson(
  text: string,
  options: { migrations?: Readonly<Record<number, Migration>> } = {},
): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : 'syntax error';
    return {
      success: false,
      issues: [{ severity: 'error', code: 'not-json', path: '', message: `not valid JSON (${reason})` }],
    };
  }
  return parseAssessment(raw, options);
}
