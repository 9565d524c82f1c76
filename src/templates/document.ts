/**
 * What every template document shares: its header fields, how it is written to JSON and how a JSON file is read
 * back (size, syntax, template kind, schema version with migrations, then the template's own schema). Each
 * template defines its schema with `documentHeader` (document-schema.ts) and describes itself with a
 * `TemplateDefinition`; nothing here knows a particular template, and nothing here loads the schema library: a
 * page names its template with a `TemplateKind`, whose schema module is loaded with `import()` only when a
 * document has to be checked (see model.ts). Pure: no DOM.
 */
import type * as z from 'zod/mini';
import type { TemplateId } from '../catalog/schema.ts';
import type { TemplateIssue } from './issues.ts';
import { safeFileName } from '../engine/file-name.ts';
import type { Block } from '../engine/outline.ts';
import type { TemplateStrings } from '../i18n/templates.ts';

/** The header every document has, whatever its template. */
export interface TemplateDocument {
  schemaVersion: number;
  template: TemplateId;
  title: string;
  created: string;
  updated: string;
}

/** Turns a file of version n into one of version n + 1 (a plain-object rewrite; validation comes after). */
type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** A template as the shared infrastructure (files, storage, toolbar) sees it. */
export interface TemplateDefinition<D extends TemplateDocument> {
  id: TemplateId;
  /** The version this code writes. */
  version: number;
  /** The whole document: shape and rules. Its output type is the document type. */
  schema: z.ZodMiniType<D>;
  /** migrations[n] upgrades a version-n file to version n + 1. */
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * The schema's problems as issues (`fromZodError`, which `defineTemplate` of zod-issues.ts sets): it comes with
   * the schema's module, so a page that has nothing to check does not load it.
   */
  issuesOf: (error: z.core.$ZodError) => TemplateIssue[];
  /**
   * The keys of a parsed file that a zod record would skip silently (`__proto__`), as issues (`forbiddenKeyIssues`,
   * set by `defineTemplate` too, for the same reason).
   */
  forbiddenKeys: (raw: object) => TemplateIssue[];
}

/**
 * A template as a page names it before any document has to be checked: its schema (and zod) live in a module of
 * their own that `load` brings in with `import()`, so a first visit with nothing saved never downloads them.
 */
export interface TemplateKind<D extends TemplateDocument> {
  id: TemplateId;
  version: number;
  load: () => Promise<TemplateDefinition<D>>;
}

/** A template either way: its definition at hand (the CLI, tests, pages that load it anyway) or loaded on demand. */
export type TemplateSource<D extends TemplateDocument> = TemplateDefinition<D> | TemplateKind<D>;

/** The definition of a template source, loading its schema module when it is not at hand. */
export const loadDefinition = <D extends TemplateDocument>(
  source: TemplateSource<D>,
): Promise<TemplateDefinition<D>> => ('schema' in source ? Promise.resolve(source) : source.load());

export type ParseResult<D> =
  { success: true; document: D; migratedFrom?: number } | { success: false; issues: TemplateIssue[] };

const failure = (issue: TemplateIssue) => ({ success: false as const, issues: [issue] });

/** The document renamed, whatever its template: the one edit the shared toolbar makes. */
export function setTitle<D extends TemplateDocument>(doc: D, title: string): D {
  return { ...doc, title };
}

/** Validates a parsed value as a document of `def`: template kind, schema version (migrating old ones), shape and rules. */
export function parseDocument<D extends TemplateDocument>(raw: unknown, def: TemplateDefinition<D>): ParseResult<D> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return failure({ code: 'not-an-object', path: '' });
  // A zod record skips a `__proto__` key silently; the whole file is refused instead, naming the key.
  const forbidden = def.forbiddenKeys(raw);
  if (forbidden.length > 0) return { success: false, issues: forbidden };
  let file = raw as Record<string, unknown>;
  if (file.template === undefined)
    return failure({ code: 'template-missing', path: 'template', params: { expected: def.id } });
  if (file.template !== def.id)
    return failure({
      code: 'wrong-template',
      path: 'template',
      params: { found: String(file.template).slice(0, 40), expected: def.id },
    });
  const version = file.schemaVersion;
  if (version === undefined) return failure({ code: 'version-missing', path: 'schemaVersion' });
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return failure({
      code: 'version-invalid',
      path: 'schemaVersion',
      params: { found: JSON.stringify(version) ?? '' },
    });
  if (version > def.version)
    return failure({
      code: 'version-newer',
      path: 'schemaVersion',
      params: { found: version, supported: def.version },
    });
  for (let v = version; v < def.version; v++) {
    const step = def.migrations?.[v];
    if (!step) return failure({ code: 'version-unsupported', path: 'schemaVersion', params: { found: version } });
    file = step(file);
  }
  // reportInput lets a missing field be told from one of the wrong type.
  const result = def.schema.safeParse(file, { reportInput: true });
  if (!result.success) return { success: false, issues: def.issuesOf(result.error) };
  return version === def.version
    ? { success: true, document: result.data }
    : { success: true, document: result.data, migratedFrom: version };
}

/** The rule problems of a document being edited (empty when it can be saved and exported). */
export function documentIssues<D extends TemplateDocument>(doc: D, def: TemplateDefinition<D>): TemplateIssue[] {
  const result = def.schema.safeParse(doc, { reportInput: true });
  return result.success ? [] : def.issuesOf(result.error);
}

/** A document as a file: pretty-printed JSON ending in a newline. */
export const documentToJson = (doc: TemplateDocument) => `${JSON.stringify(doc, null, 2)}\n`;

/** Largest file accepted for import; documents are a few kilobytes. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** Reads a document file: tolerates a UTF-8 byte-order mark, refuses huge files, then parses and validates. */
export function documentFromJson<D extends TemplateDocument>(text: string, def: TemplateDefinition<D>): ParseResult<D> {
  if (text.length > MAX_IMPORT_CHARS)
    return failure({
      code: 'too-large',
      path: '',
      params: { size: Math.round(text.length / 1000), limit: MAX_IMPORT_CHARS / 1000 },
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : 'syntax error';
    return failure({ code: 'not-json', path: '', params: { detail } });
  }
  return parseDocument(raw, def);
}

/** A file name for a document: its title without characters file systems refuse, then the template and extension. */
export function documentFileName(doc: TemplateDocument, extension: 'json' | 'md' | 'docx'): string {
  const base = safeFileName(doc.title, { refused: '-', space: ' ', maxLength: 80, fallback: doc.template });
  return `${base}.${doc.template}.${extension}`;
}

/** The strings a document's signature lines are labeled with. */
export type SignatureStrings = Pick<
  TemplateStrings,
  'md.signature.party' | 'md.signature.name' | 'md.signature.signature' | 'md.signature.date'
>;

/** Lines for each party to sign and date, for the Word file (a signed document), labeled in the language of `s`. */
export const signatureBlock = (parties: string[], s: SignatureStrings): Block => ({
  kind: 'signatures',
  parties,
  labels: {
    party: s['md.signature.party'],
    name: s['md.signature.name'],
    signature: s['md.signature.signature'],
    date: s['md.signature.date'],
  },
});
