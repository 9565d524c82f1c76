/**
 * Reads and validates the catalog from disk (Node only). Any problem throws a CatalogError naming the file,
 * the ID and the field, so a bad entry fails the build, the CLI and the tests with the same message.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { CatalogError, crossCheck, type CatalogProblem } from './check.ts';
import {
  ElementSchema,
  FrameworkSchema,
  RequestHandlingSchema,
  ServiceCatalogueSchema,
  SlaFrameworkSchema,
  StructureSchema,
  TermsSchema,
  type Catalog,
  type Element,
} from './schema.ts';

/** Default location: `assessments/` at the project root (the working directory of npm scripts and Astro). */
export const DEFAULT_CATALOG_DIR = resolve(process.cwd(), 'assessments');

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
    problems.push({ file, message: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
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

export function loadCatalog(dir: string = DEFAULT_CATALOG_DIR): Catalog {
  const problems: CatalogProblem[] = [];
  const structure = readYaml(dir, 'structure.yaml', StructureSchema, problems);
  const termsFile = readYaml(dir, 'terms.yaml', TermsSchema, problems);
  const framework = readYaml(dir, 'framework.yaml', FrameworkSchema, problems);
  const appendixA = readYaml(dir, 'appendix-a.yaml', ServiceCatalogueSchema, problems);
  const appendixB = readYaml(dir, 'appendix-b.yaml', SlaFrameworkSchema, problems);
  const appendixC = readYaml(dir, 'appendix-c.yaml', RequestHandlingSchema, problems);

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

  if (structure && termsFile) problems.push(...crossCheck(structure, elements, termsFile.terms));
  if (problems.length > 0 || !structure || !termsFile || !framework || !appendixA || !appendixB || !appendixC) {
    throw new CatalogError(problems);
  }
  // Catalog order is the order of structure.yaml, not of file names.
  const order = new Map(
    structure.chapters.flatMap((c) => c.clauses.flatMap((cl) => cl.elements)).map((id, i) => [id, i]),
  );
  elements.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { structure, elements, terms: termsFile.terms, framework, appendixA, appendixB, appendixC };
}
