/**
 * Reads and validates the catalog from disk (Node only). Any problem throws a CatalogError naming the file,
 * the ID and the field, so a bad entry fails the build, the CLI and the tests with the same message.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { CatalogError, checkTeaching, crossCheck, type CatalogProblem } from '../catalog/check.ts';
import {
  ElementSchema,
  FrameworkSchema,
  PRACTICE_IDS,
  PRACTICE_PREFIXES,
  PracticeStructureSchema,
  RequestHandlingSchema,
  ServiceCatalogueSchema,
  SlaFrameworkSchema,
  StructureSchema,
  TeachingSchema,
  TermsSchema,
  type Catalog,
  type Element,
  type PracticeCatalog,
  type Structure,
} from '../catalog/schema.ts';
import { TrainingCaseSchema, type TrainingCase } from '../catalog/training.ts';

/**
 * Default location: `assessments/` at the project root (the working directory of npm scripts and Astro), or the
 * folder named by the CATALOG_DIR environment variable (`npm run bench` builds the site from a larger copy).
 */
export const DEFAULT_CATALOG_DIR = resolve(process.cwd(), process.env.CATALOG_DIR ?? 'assessments');

function issuePath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Parse one YAML file against a schema, collecting problems instead of throwing. */
function readYaml<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: CatalogProblem[],
): z.infer<S> | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(dir, file), 'utf8'));
  } catch (err) {
    problems.push({ file, message: err instanceof Error ? err.message.replace(/\n[\s\S]*/, '') : String(err) });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
  for (const issue of result.error.issues) {
    problems.push({ file, id, field: issuePath(issue.path) || undefined, message: issue.message });
  }
  return undefined;
}

/** Every `elements/*.yaml` of a catalog folder, parsed; problems are collected. */
function readElements(dir: string, problems: CatalogProblem[]): Element[] {
  const elements: Element[] = [];
  for (const name of readdirSync(join(dir, 'elements')).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const file = `elements/${name}`;
    const el = readYaml(dir, file, ElementSchema, problems);
    if (!el) continue;
    if (`${el.id}.yaml` !== name)
      problems.push({ file, id: el.id, field: 'id', message: `ID does not match the file name` });
    elements.push(el);
  }
  return elements;
}

/** Puts elements in the order of the clause tree, not of file names. */
function sortByStructure(elements: Element[], chapters: Structure['chapters']): void {
  const order = new Map(chapters.flatMap((c) => c.clauses.flatMap((cl) => cl.elements)).map((id, i) => [id, i]));
  // Every element is in the tree (checked before); one that were not would sort last.
  const rank = (id: string) => order.get(id) ?? order.size;
  elements.sort((a, b) => rank(a.id) - rank(b.id));
}

export function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const problems: CatalogProblem[] = [];
  const structure = readYaml(dir, 'structure.yaml', StructureSchema, problems);
  const termsFile = readYaml(dir, 'terms.yaml', TermsSchema, problems);
  const framework = readYaml(dir, 'framework.yaml', FrameworkSchema, problems);
  const appendixA = readYaml(dir, 'appendix-a.yaml', ServiceCatalogueSchema, problems);
  const appendixB = readYaml(dir, 'appendix-b.yaml', SlaFrameworkSchema, problems);
  const appendixC = readYaml(dir, 'appendix-c.yaml', RequestHandlingSchema, problems);
  const teaching = readYaml(dir, 'teaching.yaml', TeachingSchema, problems);

  const elements = readElements(dir, problems);

  if (structure && termsFile) problems.push(...crossCheck(structure, elements, termsFile.terms));
  if (structure && teaching) problems.push(...checkTeaching(structure, elements, teaching.clauses));
  if (
    problems.length > 0 ||
    !structure ||
    !termsFile ||
    !framework ||
    !appendixA ||
    !appendixB ||
    !appendixC ||
    !teaching
  ) {
    throw new CatalogError(problems);
  }
  sortByStructure(elements, structure.chapters);
  return {
    structure,
    elements,
    terms: termsFile.terms,
    framework,
    appendixA,
    appendixB,
    appendixC,
    teaching: teaching.clauses,
  };
}

/** Default location of the related-practice catalogs. */
const DEFAULT_PRACTICES_DIR = join(DEFAULT_CATALOG_DIR, 'practices');

/**
 * Reads one related-practice catalog (`assessments/practices/<id>/`). Its elements may use the delivery catalog's
 * terms and relate to its elements, so that catalog is passed in. Problems name the file relative to `practices/`.
 */
export function loadPractice(dir: string, delivery: Pick<Catalog, 'elements' | 'terms'>): PracticeCatalog {
  const problems: CatalogProblem[] = [];
  const folder = basename(dir);
  const structure = readYaml(dir, 'structure.yaml', PracticeStructureSchema, problems);
  const elements = readElements(dir, problems);
  if (structure) {
    if (structure.practice.id !== folder)
      problems.push({ file: 'structure.yaml', field: 'practice.id', message: `does not match the folder ${folder}` });
    problems.push(
      ...crossCheck(structure, elements, delivery.terms, {
        prefix: PRACTICE_PREFIXES[structure.practice.id],
        hasCustomer: structure.practice.parties.customer !== undefined,
        deliveryIds: new Set(delivery.elements.map((e) => e.id)),
      }),
    );
  }
  if (problems.length > 0 || !structure)
    throw new CatalogError(problems.map((p) => ({ ...p, file: `practices/${folder}/${p.file}` })));
  sortByStructure(elements, structure.chapters);
  return { structure, elements };
}

/** Every related-practice catalog that exists on disk, in the order of `PRACTICE_IDS`. */
export function loadPractices(
  delivery: Pick<Catalog, 'elements' | 'terms'>,
  root: string = DEFAULT_PRACTICES_DIR,
): PracticeCatalog[] {
  if (!existsSync(root)) return [];
  return PRACTICE_IDS.filter((id) => existsSync(join(root, id, 'structure.yaml'))).map((id) =>
    loadPractice(join(root, id), delivery),
  );
}

/** Default location of the training cases (this portal's training material, not part of GB/T 28827.2). */
export const DEFAULT_TRAINING_DIR = join(DEFAULT_CATALOG_DIR, 'training');

/**
 * Every training case (`<dir>/cases/<id>.yaml`), sorted by file name. Problems (a bad field, an ID that is not the
 * file's name, an excerpt ID used twice) throw a CatalogError naming the file relative to `training/`.
 */
export function loadTrainingCases(dir: string = DEFAULT_TRAINING_DIR): TrainingCase[] {
  const problems: CatalogProblem[] = [];
  const cases: TrainingCase[] = [];
  const folder = join(dir, 'cases');
  if (!existsSync(folder)) return [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const file = `cases/${name}`;
    const found = readYaml(dir, file, TrainingCaseSchema, problems);
    if (!found) continue;
    if (`${found.id}.yaml` !== name)
      problems.push({ file, id: found.id, field: 'id', message: 'ID does not match the file name' });
    const seen = new Set<string>();
    for (const excerpt of found.excerpts) {
      if (seen.has(excerpt.id))
        problems.push({ file, id: found.id, field: 'excerpts', message: `excerpt ID ${excerpt.id} is used twice` });
      seen.add(excerpt.id);
    }
    cases.push(found);
  }
  if (problems.length > 0) throw new CatalogError(problems.map((p) => ({ ...p, file: `training/${p.file}` })));
  return cases;
}
