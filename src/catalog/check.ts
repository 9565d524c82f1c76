/**
 * Cross-checks that no single schema can express: IDs unique and consistent with file names, every ID in
 * the clause tree has exactly one element file and vice versa, references resolve. Pure: takes parsed data.
 */
import type { ClauseTeaching, Element, Structure, Term } from './schema.ts';

export interface CatalogProblem {
  /** File the problem is in, relative to the catalog folder. */
  file: string;
  /** Element or term ID concerned, if any. */
  id?: string;
  /** Field concerned, if any (dotted path). */
  field?: string;
  message: string;
}

function formatProblem(p: CatalogProblem): string {
  const where = [p.file, p.id, p.field].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(
      `The requirement catalog is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** The element file an element is expected to live in. */
const elementFile = (id: string) => `elements/${id}.yaml`;

/** What a related-practice catalog adds to the checks. */
export interface PracticeCheckOptions {
  /** Every element ID must start with `<prefix>-`. */
  prefix: string;
  /** Whether the practice defines a customer-side party; without one, no element may oblige the customer. */
  hasCustomer: boolean;
  /** GB/T 28827.2 element IDs that `related` may also name. */
  deliveryIds: ReadonlySet<string>;
}

export function crossCheck(
  structure: Pick<Structure, 'chapters'>,
  elements: Element[],
  terms: Term[],
  practice?: PracticeCheckOptions,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const byId = new Map<string, Element>();
  for (const el of elements) {
    if (byId.has(el.id))
      problems.push({ file: elementFile(el.id), id: el.id, field: 'id', message: 'duplicate element ID' });
    byId.set(el.id, el);
  }
  const termIds = new Set(terms.map((t) => t.id));
  const seenTerms = new Set<string>();
  for (const t of terms) {
    if (seenTerms.has(t.id)) problems.push({ file: 'terms.yaml', id: t.id, field: 'id', message: 'duplicate term ID' });
    seenTerms.add(t.id);
  }

  const listed = new Map<string, string>(); // element ID → clause listing it
  for (const chapter of structure.chapters) {
    for (const clause of chapter.clauses) {
      if (!clause.number.startsWith(`${chapter.number}.`)) {
        problems.push({
          file: 'structure.yaml',
          field: `chapters.${chapter.number}.clauses`,
          message: `clause ${clause.number} is not in chapter ${chapter.number}`,
        });
      }
      for (const id of clause.elements) {
        if (listed.has(id)) {
          problems.push({
            file: 'structure.yaml',
            id,
            field: `clauses.${clause.number}.elements`,
            message: `listed twice (also in ${listed.get(id)})`,
          });
        }
        listed.set(id, clause.number);
        const el = byId.get(id);
        if (!el) {
          problems.push({
            file: 'structure.yaml',
            id,
            field: `clauses.${clause.number}.elements`,
            message: `no element file ${elementFile(id)}`,
          });
        } else if (el.clause !== clause.number) {
          problems.push({
            file: elementFile(id),
            id,
            field: 'clause',
            message: `says ${el.clause} but structure.yaml lists it under ${clause.number}`,
          });
        }
      }
    }
  }

  for (const el of elements) {
    const file = elementFile(el.id);
    if (!listed.has(el.id))
      problems.push({ file, id: el.id, field: 'id', message: 'not listed under any clause in structure.yaml' });
    if (el.parent) {
      const parent = byId.get(el.parent);
      if (!parent) problems.push({ file, id: el.id, field: 'parent', message: `unknown element ${el.parent}` });
      else if (parent.clause !== el.clause)
        problems.push({ file, id: el.id, field: 'parent', message: `parent ${el.parent} is in another clause` });
      else if (parent.kind !== 'requirement')
        problems.push({ file, id: el.id, field: 'parent', message: `parent ${el.parent} is not a requirement` });
    }
    el.related.forEach((ref, i) => {
      if (!byId.has(ref) && !practice?.deliveryIds.has(ref))
        problems.push({ file, id: el.id, field: `related.${i}`, message: `unknown element ${ref}` });
      if (ref === el.id)
        problems.push({ file, id: el.id, field: `related.${i}`, message: 'an element cannot relate to itself' });
    });
    el.terms.forEach((ref, i) => {
      if (!termIds.has(ref)) problems.push({ file, id: el.id, field: `terms.${i}`, message: `unknown term ${ref}` });
    });
    const isCustomerId = /-C\d{2}$/.test(el.id);
    if (isCustomerId !== (el.party === 'customer')) {
      problems.push({
        file,
        id: el.id,
        field: 'party',
        message: `party ${el.party} does not match the ID (-Cnn IDs are customer elements)`,
      });
    }
    if (practice) {
      if (!el.id.startsWith(`${practice.prefix}-`))
        problems.push({ file, id: el.id, field: 'id', message: `IDs of this practice start with ${practice.prefix}-` });
      if (!practice.hasCustomer && el.party === 'customer')
        problems.push({ file, id: el.id, field: 'party', message: 'structure.yaml defines no customer-side party' });
      if (!el.origin)
        problems.push({ file, id: el.id, field: 'origin', message: 'say where the source document states it' });
    } else if (!/^D[MCWR]-/.test(el.id)) {
      problems.push({ file, id: el.id, field: 'id', message: 'GB/T 28827.2 element IDs start with DM, DC, DW or DR' });
    }
    const isNoteId = /-N\d{2}$/.test(el.id);
    if (isNoteId !== (el.kind === 'note')) {
      problems.push({
        file,
        id: el.id,
        field: 'kind',
        message: `kind ${el.kind} does not match the ID (-Nnn IDs are notes)`,
      });
    }
  }
  return problems;
}

/**
 * `teaching.yaml` against the clause tree: exactly one entry per clause, in the tree's order, naming only elements
 * that exist.
 */
export function checkTeaching(
  structure: Pick<Structure, 'chapters'>,
  elements: readonly Element[],
  teaching: readonly ClauseTeaching[],
): CatalogProblem[] {
  const file = 'teaching.yaml';
  const problems: CatalogProblem[] = [];
  const clauses = structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
  const ids = new Set(elements.map((e) => e.id));
  const given = teaching.map((t) => t.clause);
  teaching.forEach((entry, i) => {
    if (!clauses.includes(entry.clause))
      problems.push({ file, field: `clauses.${i}.clause`, message: `unknown clause ${entry.clause}` });
    else if (given.indexOf(entry.clause) !== i)
      problems.push({ file, field: `clauses.${i}.clause`, message: `clause ${entry.clause} is given twice` });
    entry.elements.forEach((id, j) => {
      if (!ids.has(id))
        problems.push({ file, id, field: `clauses.${i}.elements.${j}`, message: `unknown element ${id}` });
    });
  });
  for (const clause of clauses) {
    if (!given.includes(clause))
      problems.push({ file, field: 'clauses', message: `clause ${clause} has no discussion question` });
  }
  const known = given.filter((c) => clauses.includes(c));
  const expected = clauses.filter((c) => known.includes(c));
  if (problems.length === 0 && known.join() !== expected.join())
    problems.push({ file, field: 'clauses', message: 'clauses are not in the order of structure.yaml' });
  return problems;
}
