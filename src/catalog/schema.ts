/**
 * Schemas of the requirement catalog under `assessments/`.
 *
 * This module is the single definition of the catalog's shape. The site build, the assessment engine, the
 * CLI and the tests all import it; every type comes from a schema here (`z.infer`), none is written by hand.
 * It has no Node, DOM or `astro:*` imports so it runs anywhere.
 */
import { z } from 'zod';
import { ClauseNumberSchema, ElementIdSchema, LocalizedTextSchema } from './base-schemas.ts';
import { PRACTICE_IDS, TEMPLATE_IDS, type PracticeId } from './locales.ts';

// The plain constants live in `locales.ts` (browser code imports them without zod); every one of them is re-exported
// here, so existing imports keep working.
export * from './locales.ts';
// The small schemas browser code shares (zod/mini), re-exported so existing imports keep working.
export * from './base-schemas.ts';

/** Glossary term ID: lower-case words joined by hyphens (`routine-operation`). */
const TermIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'not a term ID like routine-operation');

/**
 * The portal's fill-in templates, by ID. A template produces records that serve as evidence for the elements that
 * list it. The list includes templates that have no page yet; `src/lib/templates.ts` says which ones do.
 * - `sla`: service level agreement (Appendix B).
 * - `service-catalogue`: service catalogue (Appendix A).
 * - `priority`: impact × urgency priority, targets and escalation timeline (Appendix C).
 * - `checklist-onsite`: checklist for one on-site job (7.2).
 * - `checklist-remote`: checklist for one remote job (7.3).
 * - `plans`: the plans and reports the standard names: delivery implementation, check and improvement plans (5.2),
 *   routine-operation manual (6.2), optimization plan (6.4), investigation plan and report (6.5), service report (5.3).
 * - `handover`: handover and closing records.
 */
const TemplateIdSchema = z.enum(TEMPLATE_IDS, {
  error: `not a template ID; use one of ${TEMPLATE_IDS.join(', ')}`,
});

/** Who the element obliges: 供方 (supplier), 需方 (customer) or both (only the informative note of 5.5). */
const PartySchema = z.enum(['supplier', 'customer', 'both']);

/**
 * What kind of element this is.
 * - `requirement`: a normative "shall" item; it is assessed and scored.
 * - `sub-item`: one required part of a parent requirement (the six parts of the 6.2 manual); it is shown
 *   as a checklist under its parent and judged as part of the parent, not scored on its own.
 * - `note`: an informative note (注); shown, never scored.
 */
const ElementKindSchema = z.enum(['requirement', 'sub-item', 'note']);

/**
 * Where the element's wording comes from.
 * - `seed`: the bullet lists of chapters 5–7 as reproduced in the source text.
 * - `official-lead-in`: built from the official lead-in sentence of a clause whose list the source lacks
 *   (chapter 8), quoted by ITSS.1-2015; its detailed sub-requirements are not known.
 */
const ElementSourceSchema = z.enum(['seed', 'official-lead-in']);

/** What each answer level looks like for one element (the assessor's rubric). */
const RubricSchema = z.strictObject({
  /** 未实施 Not implemented. */
  N: LocalizedTextSchema,
  /** 部分实施 Partially implemented. */
  P: LocalizedTextSchema,
  /** 大部分实施 Largely implemented. */
  L: LocalizedTextSchema,
  /** 完全实施 Fully implemented. */
  F: LocalizedTextSchema,
});

/** One element of GB/T 28827.2: a requirement, a required part of one, or an informative note. */
export const ElementSchema = z
  .strictObject({
    /** Stable ID. Never change it once published: saved assessments refer to it. */
    id: ElementIdSchema,
    /** Clause the element belongs to, e.g. `5.2`. */
    clause: ClauseNumberSchema,
    /** Who the element obliges. */
    party: PartySchema,
    /** Requirement, sub-item of a requirement, or informative note. */
    kind: ElementKindSchema.default('requirement'),
    /** For a `sub-item`: the ID of the requirement it belongs to. */
    parent: z.optional(ElementIdSchema),
    /** Where the wording comes from. */
    source: ElementSourceSchema.default('seed'),
    /** Key element: failing it puts the customer's service at risk. */
    key: z.boolean().default(false),
    /** Why the element is (or is not obviously) key; required when `key` is true. */
    keyReason: z.optional(LocalizedTextSchema),
    /** Integer weight in scores. Defaults to 2 for key elements and 1 otherwise. */
    weight: z.int().min(1).max(5).optional(),
    /** Short title (a few words). */
    title: LocalizedTextSchema,
    /** The requirement in our own concise words, faithful to the clause. */
    requirement: LocalizedTextSchema,
    /** Why it matters to the service and to the customer. */
    rationale: LocalizedTextSchema,
    /** What an assessor asks to see: documents, records, interviews. */
    evidence: z.array(LocalizedTextSchema).min(1, 'list at least one piece of evidence'),
    /** What to do to meet the element. */
    guidance: z.array(LocalizedTextSchema).min(1, 'give at least one piece of guidance'),
    /** What each answer level looks like; required for requirements. */
    levels: RubricSchema.optional(),
    /** Where the source text was garbled, truncated or ambiguous, and how we read it. */
    sourceNote: z.optional(LocalizedTextSchema),
    /**
     * Good practice beyond the standard: this portal's suggestion, NOT a requirement of GB/T 28827.2. Kept out of
     * `levels` (F is the clause's requirement met fully, consistently and on record) and shown apart, so no
     * assessor reads it as an obligation. Requirements only.
     */
    beyond: z.optional(LocalizedTextSchema),
    /** Glossary terms the element uses (IDs from `terms.yaml`). */
    terms: z.array(TermIdSchema).default([]),
    /** Other elements closely related to this one. */
    related: z.array(ElementIdSchema).default([]),
    /** Templates of this portal whose filled-in records are evidence for this element (e.g. `priority`). */
    templates: z.array(TemplateIdSchema).default([]),
    /**
     * Related-practice elements only: where in the source document the practice is stated (`第六条（一）` /
     * `Article 6 (1)`), since their `clause` is the portal's own grouping, not a clause of a standard.
     */
    origin: z.optional(LocalizedTextSchema),
  })
  .superRefine((el, ctx) => {
    if (el.key && !el.keyReason) {
      ctx.addIssue({ code: 'custom', path: ['keyReason'], message: 'a key element needs keyReason' });
    }
    if (el.kind === 'requirement' && !el.levels) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'a requirement needs levels N, P, L and F' });
    }
    if (el.kind === 'sub-item' && !el.parent) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'a sub-item needs its parent ID' });
    }
    if (el.kind !== 'sub-item' && el.parent) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'only a sub-item has a parent' });
    }
    if (el.kind === 'note' && el.key) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'an informative note cannot be key' });
    }
    if (el.beyond && el.kind !== 'requirement') {
      ctx.addIssue({
        code: 'custom',
        path: ['beyond'],
        message: 'only a requirement carries good practice beyond the standard',
      });
    }
    if (el.party === 'both' && el.kind !== 'note') {
      ctx.addIssue({ code: 'custom', path: ['party'], message: 'only a note may oblige both parties' });
    }
  })
  .transform((el) => ({ ...el, weight: el.weight ?? (el.key ? 2 : 1) }));
export type Element = z.infer<typeof ElementSchema>;
export type ElementInput = z.input<typeof ElementSchema>;

/** A clause of chapters 5–8 with its own page. */
const ClauseSchema = z.strictObject({
  /** Clause number, e.g. `5.2`. */
  number: ClauseNumberSchema,
  /** Title as in the standard. */
  title: LocalizedTextSchema,
  /** The clause's lead-in (purpose), paraphrased. */
  purpose: LocalizedTextSchema,
  /** Element IDs of this clause, in the standard's order. Defines catalog order. */
  elements: z.array(ElementIdSchema),
});

/** A chapter of the standard. */
const ChapterSchema = z.strictObject({
  /** Chapter number as a string, e.g. `5`. */
  number: z.string().regex(/^\d+$/),
  /** Title as in the standard. */
  title: LocalizedTextSchema,
  /** One-paragraph summary of the chapter. */
  summary: LocalizedTextSchema,
  /** The clauses of the chapter that carry elements, in order. Empty for chapters 3 and 4. */
  clauses: z.array(ClauseSchema).default([]),
});

/** `assessments/structure.yaml`: catalog metadata and the clause tree. */
export const StructureSchema = z.strictObject({
  /** Version of the catalog; saved assessments record it. Bump the minor version when text changes. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The standard the catalog describes. */
  standard: z.strictObject({
    /** Designation, e.g. `GB/T 28827.2-2012`. */
    code: z.string().min(1),
    /** Title of the standard. */
    title: LocalizedTextSchema,
  }),
  /** Chapters in order. */
  chapters: z.array(ChapterSchema).min(1),
});
export type Structure = z.infer<typeof StructureSchema>;

/**
 * Where a glossary entry comes from.
 * - `standard`: a term defined in chapter 3 of GB/T 28827.2; `number` says which sub-clause.
 * - `portal`: a word the standard uses without defining it, explained by this portal. Its text is NOT a
 *   definition of the standard, and every page that shows it says so.
 */
const TermBasisSchema = z.enum(['standard', 'portal']);
export type TermBasis = z.infer<typeof TermBasisSchema>;

/** A glossary entry: a defined term of chapter 3, or a word of the standard that this portal explains. */
export const TermSchema = z
  .strictObject({
    /** Stable term ID, used as the glossary anchor. */
    id: TermIdSchema,
    /** Defined in the standard (chapter 3) or explained by this portal. */
    basis: TermBasisSchema,
    /** A term of the standard: its sub-clause number as inferred from the source's order, e.g. `3.4`. */
    number: z
      .string()
      .regex(/^3\.\d+$/)
      .optional(),
    /** A portal term: the clauses where the standard uses the word (the glossary links them). */
    clauses: z.array(ClauseNumberSchema).default([]),
    /** The term. */
    term: LocalizedTextSchema,
    /** Abbreviation, if any (e.g. `SLA`). */
    abbreviation: z.string().optional(),
    /** The definition (a term of the standard) or the explanation (a portal term), in our own words. */
    definition: LocalizedTextSchema,
    /** Examples given by the note to the definition, if any. */
    examples: z.optional(LocalizedTextSchema),
    /** Where the source text was garbled and how we read it. */
    sourceNote: z.optional(LocalizedTextSchema),
  })
  .superRefine((term, ctx) => {
    if (term.basis === 'standard' && !term.number)
      ctx.addIssue({ code: 'custom', path: ['number'], message: 'a term of the standard needs its number (3.x)' });
    if (term.basis === 'portal' && term.number)
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: 'a term explained by the portal has no number of the standard',
      });
  });
export type Term = z.infer<typeof TermSchema>;
export const TermsSchema = z.strictObject({
  /** The terms of chapter 3 in order, then the words this portal explains. */
  terms: z.array(TermSchema).min(1),
});

/** One of the four modules of the delivery framework (chapter 4). */
const FrameworkModuleSchema = z.strictObject({
  /** Module ID: `management`, `content`, `mode` or `results`. */
  id: z.enum(['management', 'content', 'mode', 'results']),
  /** Chapter that specifies the module. */
  chapter: z.string().regex(/^\d+$/),
  /** Module name. */
  name: LocalizedTextSchema,
  /** What the module covers, in our own words. */
  definition: LocalizedTextSchema,
  /** Its components (the clauses of its chapter). */
  components: z.array(z.strictObject({ clause: ClauseNumberSchema, name: LocalizedTextSchema })),
});
/** A step of the plan-do-check-improve cycle of delivery management. */
const CycleStepSchema = z.strictObject({
  /** Step ID. */
  id: z.enum(['plan', 'implement', 'check', 'improve']),
  /** Clause that specifies the step. */
  clause: ClauseNumberSchema,
  /** Step name. */
  name: LocalizedTextSchema,
  /** What happens in the step. */
  summary: LocalizedTextSchema,
});
export const FrameworkSchema = z.strictObject({
  /** One-paragraph overview of the framework. */
  summary: LocalizedTextSchema,
  /** The four modules. */
  modules: z.array(FrameworkModuleSchema).length(4),
  /** The four steps of the delivery-management cycle, in order. */
  cycle: z.array(CycleStepSchema).length(4),
  /** Where the framework text comes from and what is unconfirmed. */
  sourceNote: LocalizedTextSchema,
});
type Framework = z.infer<typeof FrameworkSchema>;

/** A field with a name and what it means (appendix tables). */
const FieldSchema = z.strictObject({
  /** Field ID (lower-case, hyphenated). */
  id: TermIdSchema,
  /** Field name. */
  name: LocalizedTextSchema,
  /** What to write in it. */
  description: LocalizedTextSchema,
  /** Where this field comes from: the standard's body, ITSS.1, or our template. */
  basis: z.enum(['standard-body', 'itss1', 'template']),
  /** Clauses or documents that ask for it, e.g. `5.2`, `ITSS.1 level 2`. */
  refs: z.array(z.string()).default([]),
});
export type Field = z.infer<typeof FieldSchema>;

/** Appendix A: service catalogue. */
export const ServiceCatalogueSchema = z.strictObject({
  /** What the appendix is for and what is known of it. */
  summary: LocalizedTextSchema,
  /** The descriptive fields of each service in the catalogue. */
  fields: z.array(FieldSchema).min(1),
  /** Categories of O&M services (the catalogue's first axis). */
  categories: z.array(
    z.strictObject({
      id: TermIdSchema,
      name: LocalizedTextSchema,
      description: LocalizedTextSchema,
      /** Example service objects in this category. */
      examples: LocalizedTextSchema,
    }),
  ),
  /** Where this content comes from and what is unknown. */
  sourceNote: LocalizedTextSchema,
});

/** Appendix B: service level agreement framework. */
export const SlaFrameworkSchema = z.strictObject({
  summary: LocalizedTextSchema,
  /** Sections an SLA should settle. */
  fields: z.array(FieldSchema).min(1),
  sourceNote: LocalizedTextSchema,
});

/** Appendix C: request priority and pre-warning, alarm and escalation. */
export const RequestHandlingSchema = z.strictObject({
  summary: LocalizedTextSchema,
  /** C.1 and C.2: what each part covers. */
  parts: z.array(
    z.strictObject({ id: z.enum(['C.1', 'C.2']), title: LocalizedTextSchema, summary: LocalizedTextSchema }),
  ),
  /**
   * An illustrative template, NOT from the standard (the content of its Appendix C is not in our source): impact × urgency → priority,
   * with example targets. Every page that shows it labels it as an example.
   */
  example: z.strictObject({
    /** Always true: a reminder in the data itself that these values are not the standard's. */
    isExample: z.literal(true),
    impacts: z.array(z.strictObject({ id: z.string(), name: LocalizedTextSchema, description: LocalizedTextSchema })),
    urgencies: z.array(z.strictObject({ id: z.string(), name: LocalizedTextSchema, description: LocalizedTextSchema })),
    /** matrix[impactIndex][urgencyIndex] = priority ID. */
    matrix: z.array(z.array(z.string())),
    priorities: z.array(
      z.strictObject({
        id: z.string(),
        name: LocalizedTextSchema,
        /** Example response target in minutes. */
        responseMinutes: z.int().positive(),
        /** Example resolution target in minutes. */
        resolutionMinutes: z.int().positive(),
      }),
    ),
    /** Thresholds as a share of the target time (pre-warning < alarm ≤ 1 < escalation). */
    thresholds: z.strictObject({
      preWarning: z.number().gt(0).lt(1),
      alarm: z.number().gt(0).max(1),
      escalation: z.number().gt(1),
    }),
  }),
  sourceNote: LocalizedTextSchema,
});

type ServiceCatalogue = z.infer<typeof ServiceCatalogueSchema>;
type SlaFramework = z.infer<typeof SlaFrameworkSchema>;
export type RequestHandling = z.infer<typeof RequestHandlingSchema>;

/**
 * Teaching material of one clause: this portal's, NOT text of the standard. The clause page shows the discussion
 * question with the instructor's notes folded away; the clause's handout adds the pitfalls.
 */
const ClauseTeachingSchema = z.strictObject({
  /** The clause, e.g. `5.2`. */
  clause: ClauseNumberSchema,
  /** A question for the class to discuss. */
  question: LocalizedTextSchema,
  /** Notes for the instructor: what a good answer brings out. A trainee can reveal them after discussing. */
  notes: LocalizedTextSchema,
  /** Elements the question turns on; linked under the notes. */
  elements: z.array(ElementIdSchema).default([]),
  /** Common pitfalls an assessor meets in this clause, for the handout. */
  pitfalls: z.array(LocalizedTextSchema).min(2, 'give at least two pitfalls').max(4, 'give at most four pitfalls'),
});
export type ClauseTeaching = z.infer<typeof ClauseTeachingSchema>;

/** `assessments/teaching.yaml`: the teaching material of every clause of chapters 5–8. */
export const TeachingSchema = z.strictObject({
  /** One entry per clause, in the order of `structure.yaml`. */
  clauses: z.array(ClauseTeachingSchema).min(1),
});

/** The whole catalog once loaded and cross-checked. */
export interface Catalog {
  structure: Structure;
  elements: Element[];
  terms: Term[];
  framework: Framework;
  appendixA: ServiceCatalogue;
  appendixB: SlaFramework;
  appendixC: RequestHandling;
  /** Teaching material per clause (this portal's): discussion question, instructor notes, pitfalls. */
  teaching: ClauseTeaching[];
}

/**
 * Related practice: O&M practices from the source's other documents (handover, software O&M management, service
 * quality, work rules). They are NOT part of GB/T 28827.2; each is a catalog of its own under
 * `assessments/practices/<id>/`, with the same element shape, scored by the same engine.
 */
const PracticeIdSchema = z.enum(PRACTICE_IDS, {
  error: `not a practice ID; use one of ${PRACTICE_IDS.join(', ')}`,
}) satisfies z.ZodType<PracticeId>;

/** One side of a related practice: a short name for badges and headings, and who it is. */
const PracticePartySchema = z.strictObject({
  /** Short name, e.g. `移交方` / `Handing-over party`. */
  name: LocalizedTextSchema,
  /** Who that is in this practice. */
  description: LocalizedTextSchema,
});

/** `assessments/practices/<id>/structure.yaml`: what the practice is, where it comes from, and its section tree. */
export const PracticeStructureSchema = z.strictObject({
  /** Version of this practice catalog; saved assessments record it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  practice: z.strictObject({
    /** Practice ID; also the folder name. */
    id: PracticeIdSchema,
    /** Name of the practice catalog. */
    title: LocalizedTextSchema,
    /** What it covers and whom it serves, in one paragraph. */
    summary: LocalizedTextSchema,
    /** The source document(s) it is drawn from, by title. */
    source: LocalizedTextSchema,
    /** Where the source is truncated, garbled or of low authority, and how we read it. */
    sourceNote: LocalizedTextSchema,
    /**
     * What `supplier` and `customer` mean in this practice (e.g. handing-over party and receiving O&M side).
     * `customer` is absent when every element obliges the assessed party.
     */
    parties: z.strictObject({ supplier: PracticePartySchema, customer: PracticePartySchema.optional() }),
  }),
  /**
   * Sections in order, in the shape of the standard's chapters and clauses. Numbers are the portal's own
   * grouping (`1`, `1.1`); each element's `origin` says where the source states it.
   */
  chapters: z.array(ChapterSchema).min(1),
});
export type PracticeStructure = z.infer<typeof PracticeStructureSchema>;

/** One related-practice catalog once loaded and cross-checked. */
export interface PracticeCatalog {
  structure: PracticeStructure;
  elements: Element[];
}
