/**
 * Schemas of the training cases under `assessments/training/`: fictional suppliers an assessor-in-training
 * reads and rates, and their instructor keys. The cases are this portal's training material, not part of
 * GB/T 28827.2. One file per case (`cases/<id>.yaml`); its instructor keys are assessment files
 * (`keys/<id>.<locale>.json`, `role: "key"`) that cite the case's excerpts by ID. No Node, DOM or `astro:*`.
 */
import { z } from 'zod';
import { CaseIdSchema, ClauseNumberSchema, LocalizedTextSchema } from './base-schemas.ts';

/** The scope an exercise starts with, in the assessment file's shape (its `scope`; chapter 5 and 8.2 always apply). */
const CaseScopeSchema = z.strictObject({
  /** Delivery contents (6.2–6.5). */
  contents: z.array(z.enum(['6.2', '6.3', '6.4', '6.5'])),
  /** Delivery modes (7.2, 7.3). */
  modes: z.array(z.enum(['7.2', '7.3'])),
});

/** What kind of document or record an excerpt shows. */
const EXCERPT_KINDS = ['contract', 'sla', 'plan', 'report', 'record', 'interview', 'observation'] as const;

/** Excerpt ID: the case's letter and a number, e.g. `B-03`. The key's reasons cite it; keep it stable. */
const ExcerptIdSchema = z.string().regex(/^[A-Z]-\d{2}$/, 'not an excerpt ID like B-03');

/** One excerpt of what an assessor sees: part of a document, a record, interview notes or an observation. */
const CaseExcerptSchema = z.strictObject({
  /** Stable ID the key's reasons cite (`B-03`). */
  id: ExcerptIdSchema,
  /** Document, record, interview or observation. */
  kind: z.enum(EXCERPT_KINDS),
  /** What it is, e.g. `SLA v2.1, section 4 (signed 2025-01-10)`. */
  title: LocalizedTextSchema,
  /** The excerpt itself; line breaks are kept. */
  text: LocalizedTextSchema,
});

/** A fictional supplier to assess in class. */
export const TrainingCaseSchema = z.strictObject({
  /** Case ID, as its page address names it (`/training/cases/<id>/`) and as the exercise and key record it. */
  id: CaseIdSchema,
  /** The case's title. */
  title: LocalizedTextSchema,
  /** The fictional supplier (the subject of the exercise). */
  supplier: LocalizedTextSchema,
  /** The fictional customer. */
  customer: LocalizedTextSchema,
  /** One or two sentences for the case list. */
  summary: LocalizedTextSchema,
  /** The story, in paragraphs. */
  narrative: z.array(LocalizedTextSchema).min(1),
  /** The assessment scope an exercise is started with (delivery contents and modes). */
  scope: CaseScopeSchema,
  /** The clauses the exercise asks about: the key rates every answerable element of them. */
  clauses: z.array(ClauseNumberSchema).min(1),
  /** What the assessor sees. */
  excerpts: z.array(CaseExcerptSchema).min(2),
  /** For the instructor: the strengths, gaps and traps built into the case (each citing excerpts). */
  instructor: z.strictObject({
    strengths: z.array(LocalizedTextSchema).min(1),
    gaps: z.array(LocalizedTextSchema).min(1),
    traps: z.array(LocalizedTextSchema).min(1),
  }),
});
export type TrainingCase = z.infer<typeof TrainingCaseSchema>;
