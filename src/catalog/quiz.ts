/**
 * Schemas of the trainers' quiz: the hand-written items of `assessments/training/quiz-items.yaml` and the item
 * bank the site serves (`/training/quiz-bank.json`), which adds the items generated from the catalog. Types come
 * from these schemas. No Node, DOM or `astro:*` imports, so the build, the browser and the tests share them.
 */
import * as z from 'zod/mini';
import { ClauseNumberSchema, ElementIdSchema, LocaleSchema, LocalizedTextSchema } from './base-schemas.ts';

/**
 * What an item asks.
 * - `clause`: which clause a requirement belongs to.
 * - `key`: whether an element is a key element (weight 2) in this portal's scoring, and why.
 * - `party`: whether the supplier or the customer carries the obligation.
 * - `modal`: whether the standard says shall (应) or should (宜), or only notes something.
 * - `evidence`: which record or document would show the requirement is met.
 * - `scenario`: a situation from practice: what the standard asks in it, or which level of the rubric it earns.
 */
export const QUIZ_KINDS = ['clause', 'key', 'party', 'modal', 'evidence', 'scenario'] as const;
const QuizKindSchema = z.enum(QUIZ_KINDS, { error: `not a quiz kind; use one of ${QUIZ_KINDS.join(', ')}` });
export type QuizKind = z.infer<typeof QuizKindSchema>;

/** How hard an item is: 1 basic (recall), 2 intermediate (reading a requirement), 3 advanced (judgement). */
export const QUIZ_DIFFICULTIES = [1, 2, 3] as const;
const QuizDifficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'not a difficulty; use 1 (basic), 2 (intermediate) or 3 (advanced)',
});
export type QuizDifficulty = z.infer<typeof QuizDifficultySchema>;

/** Item ID: lower-case letters, digits and hyphens (`w-modal-01`, `g-clause-DM-PLAN-01` keeps the element's case). */
const QuizItemIdSchema = z
  .string()
  .check(z.regex(/^[a-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/, 'not an item ID like w-modal-01'));

const itemFields = {
  /** Stable ID; a shared quiz refers to items by it, through the seed. */
  id: QuizItemIdSchema,
  /** What the item asks. */
  kind: QuizKindSchema,
  /** 1 basic, 2 intermediate, 3 advanced. */
  difficulty: QuizDifficultySchema,
  /** The element the item is about; the explanation links to its card (`/5-2/#DM-PLAN-01`). */
  element: ElementIdSchema,
  /**
   * True when the item is about this portal's own method (key elements and weights, the N/P/L/F rubric, scoring),
   * not about the standard; the quiz labels it so.
   */
  method: z._default(z.boolean(), false),
  /** The question. */
  prompt: LocalizedTextSchema,
  /** The choices, the right one at `answer`. Shown in a seeded order unless `fixedOrder`. */
  options: z
    .array(LocalizedTextSchema)
    .check(z.minLength(2, 'give at least two options'), z.maxLength(5, 'give at most five options')),
  /** Index in `options` of the one right answer. */
  answer: z.int().check(z.minimum(0)),
  /** Keep the options in the order written (levels N/P/L/F, yes before no) instead of shuffling them. */
  fixedOrder: z._default(z.boolean(), false),
  /** Why the answer is right (and, where it helps, why the others are not). */
  explanation: LocalizedTextSchema,
};

/** Options must be distinct in each language and the answer must point at one of them. */
function checkOptions(
  item: { answer: number; options: { 'zh-CN': string; en: string }[] },
  ctx: z.core.$RefinementCtx,
) {
  if (item.answer >= item.options.length)
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `answer ${item.answer} is not an option index` });
  for (const locale of ['zh-CN', 'en'] as const) {
    const seen = new Set<string>();
    item.options.forEach((o, i) => {
      const text = o[locale].trim();
      if (seen.has(text))
        ctx.addIssue({ code: 'custom', path: ['options', i, locale], message: 'the same option appears twice' });
      seen.add(text);
    });
  }
}

/** One hand-written item of `assessments/training/quiz-items.yaml`. Its clause comes from its element. */
const WrittenQuizItemSchema = z.strictObject(itemFields).check(z.superRefine(checkOptions));
export type WrittenQuizItem = z.infer<typeof WrittenQuizItemSchema>;

/** `assessments/training/quiz-items.yaml`. */
export const QuizItemsFileSchema = z.strictObject({
  /** The hand-written items, IDs starting with `w-`. */
  items: z.array(WrittenQuizItemSchema).check(z.minLength(1)),
});

/**
 * An item of the bank the quiz draws from: hand-written or generated from the catalog.
 * @public Nothing parses with it yet; it stays exported beside `QuizItem`, the type it defines.
 */
export const QuizItemSchema = z
  .strictObject({
    ...itemFields,
    /** `written` by hand (`quiz-items.yaml`) or `generated` from the catalog at build time. */
    origin: z.enum(['written', 'generated']),
    /** The clause of `element`, for filtering by clause. */
    clause: ClauseNumberSchema,
  })
  .check(z.superRefine(checkOptions));
export type QuizItem = z.infer<typeof QuizItemSchema>;

/**
 * An item in one language, as `/training/quiz-bank.<locale>.json` serves it to the quiz page: the texts resolved,
 * everything else as in the bank.
 */
const LocalQuizItemSchema = z
  .strictObject({
    id: QuizItemIdSchema,
    kind: QuizKindSchema,
    difficulty: QuizDifficultySchema,
    element: ElementIdSchema,
    method: z.boolean(),
    origin: z.enum(['written', 'generated']),
    clause: ClauseNumberSchema,
    prompt: z.string().check(z.minLength(1)),
    options: z.array(z.string().check(z.minLength(1))).check(z.minLength(2), z.maxLength(5)),
    answer: z.int().check(z.minimum(0)),
    fixedOrder: z.boolean(),
    explanation: z.string().check(z.minLength(1)),
  })
  .check(z.refine((item) => item.answer < item.options.length, { path: ['answer'], message: 'not an option index' }));
export type LocalQuizItem = z.infer<typeof LocalQuizItemSchema>;

/** `/training/quiz-bank.<locale>.json`: every item of the bank in one language. */
export const LocalQuizBankSchema = z.strictObject({
  locale: LocaleSchema,
  /** The catalog version the generated items come from: a shared seed picks the same quiz on the same version. */
  catalogVersion: z.string(),
  items: z.array(LocalQuizItemSchema),
});
export type LocalQuizBank = z.infer<typeof LocalQuizBankSchema>;
