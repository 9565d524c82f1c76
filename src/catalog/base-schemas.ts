/**
 * The small schemas that both the catalog (checked at build) and the files a browser reads (assessments, quiz
 * banks, training keys) use: IDs, clause numbers, languages and bilingual texts. Written with `zod/mini`, like
 * every schema browser code loads, so an app page does not carry zod's method-chaining API (issue 12 §3);
 * the build-time catalog schemas (`schema.ts`) embed them as they are. No Node, DOM or `astro:*` imports.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from './locales.ts';

/** The two languages of the portal. */
export const LocaleSchema = z.enum(LOCALES) satisfies z.ZodMiniType<Locale>;

/** A text given in both languages. Neither may be blank. */
export const LocalizedTextSchema = z.strictObject({
  /** Simplified Chinese text (the default language). */
  'zh-CN': z.string().check(z.trim(), z.minLength(1, 'zh-CN text is empty')),
  /** English text. */
  en: z.string().check(z.trim(), z.minLength(1, 'en text is empty')),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Element ID. GB/T 28827.2 elements as in the research map start with D: `DM-PLAN-01`, `DM-PLAN-C01`,
 * `DC-ROUT-02a`, `DM-IMPR-N01`, `DW-REMOTE-END-02`. Elements of a related-practice catalog start with that
 * catalog's two-letter prefix (`HO-APP-01`, `SW-FLOW-01`, `QM-STD-01`, `WR-RULE-01`).
 */
export const ElementIdSchema = z
  .string()
  .check(
    z.regex(
      /^(D[MCWR]|HO|SW|QM|WR)(-[A-Z]+)+-(C|N)?\d{2}[a-z]?$/,
      'not an element ID of the form DM-PLAN-01 (or HO-APP-01 in a related practice)',
    ),
  );

/** Clause number such as `5.2`. */
export const ClauseNumberSchema = z.string().check(z.regex(/^\d+\.\d+$/, 'not a clause number like 5.2'));

/** A training case's ID, as its page address names it (`/training/cases/<case>/`): lowercase words and hyphens. */
export const CaseIdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'case must be a case ID of lowercase letters, digits and hyphens, e.g. bank-dc',
    ),
  );
