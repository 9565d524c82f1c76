/**
 * `PlanKindSchema`: what each file in `plan-kinds/` (one per kind) must hold. A section's `clause` defaults to its
 * kind's, so a kind names only the clauses of sections that come from elsewhere. The unit tests (`plan-kinds.test.ts`)
 * and the build (`PlansTemplate.astro`) parse every kind with it; the browser never loads the kind files, their
 * schema or this module.
 */
import * as z from 'zod/mini';
import { ClauseNumberSchema, ElementIdSchema, LocalizedTextSchema } from '../catalog/base-schemas.ts';
import { withSectionClauses } from './plan-sections.ts';
import { SECTION_IDS, type SectionId } from './plan-structure.ts';

/** One section of a kind, as a kind file writes it. */
const PlanSectionSchema = z.strictObject({
  /** The section's ID, which names its field (`SECTION_FIELDS`) and its content in saved documents: never changes. */
  id: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
  /** The heading, in our own words. */
  title: LocalizedTextSchema,
  /** What to write, in one or two sentences. */
  hint: LocalizedTextSchema,
  /** The clause the section comes from. Defaults to the kind's clause. */
  clause: z.optional(ClauseNumberSchema),
  /** The catalog element asking for it (none for a suggestion of ours). */
  element: z.optional(ElementIdSchema),
  /** Our suggestion, not something the standard asks for: labeled as such, never required. */
  suggested: z.optional(z.boolean()),
  /** Warn before export while it is empty. Defaults to true for sections that are not suggestions. */
  required: z.optional(z.boolean()),
});

/** A kind as its file writes it. */
const PlanKindFileSchema = z
  .strictObject({
    /** The kind's ID, saved in documents (`kind`): never changes. Its file in `plan-kinds/` is named after it. */
    id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
    /** The document's name, as the editor's kind list and the Markdown's basis line show it. */
    name: LocalizedTextSchema,
    /** What the document is for, in one sentence. */
    purpose: LocalizedTextSchema,
    /** The clause that names the document, and the default of its sections' clauses. */
    clause: ClauseNumberSchema,
    /** Catalog elements a filled-in copy is evidence for (each lists `plans` in its `templates`). */
    elements: z.array(ElementIdSchema).check(z.minLength(1)),
    /** How the sections were chosen, when the standard does not list the document's contents itself. */
    note: z.optional(LocalizedTextSchema),
    /** The sections in order; each section ID at most once. */
    sections: z.array(PlanSectionSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((kind) => new Set(kind.sections.map((s) => s.id)).size === kind.sections.length, {
      message: 'a section ID appears twice',
      path: ['sections'],
    }),
  );
export type PlanKindInput = z.input<typeof PlanKindFileSchema>;

/** A plan, manual or report kind: what the editor shows, Markdown and Word write and the printout lays out. */
export const PlanKindSchema = z.pipe(PlanKindFileSchema, z.transform(withSectionClauses));
/** A kind as the editor and the writers read it: every section has its clause. */
export type PlanKind = z.output<typeof PlanKindSchema>;

/**
 * What is wrong with a kind file, one line per problem naming the file, the section (by ID) and the field; empty when
 * it parses. The build and the unit tests report these.
 */
export function planKindProblems(file: string, data: unknown): string[] {
  const result = z.safeParse(PlanKindSchema, data);
  if (result.success) return [];
  const sections = (data as { sections?: { id?: unknown }[] } | undefined)?.sections;
  return result.error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const path =
      first === 'sections' && typeof index === 'number'
        ? [`sections[${String(sections?.[index]?.id ?? index)}]`, ...rest]
        : issue.path;
    return `${file}: ${path.map(String).join('.') || '(the kind)'}: ${issue.message}`;
  });
}
