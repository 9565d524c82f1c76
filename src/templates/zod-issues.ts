/**
 * A schema's problems as the pages' issues (`TemplateIssue`), for the modules that hold a template's schema: a
 * definition made with `defineTemplate` carries `fromZodError` and the check for forbidden keys, so both load with
 * the schema (on demand, see `TemplateKind`) rather than with every template page. Pure: no DOM, no dictionaries.
 */
import type * as z from 'zod/mini';
import type { TemplateDefinition, TemplateDocument } from './document.ts';
import { findForbiddenKeys, keyPath } from '../engine/raw-json.ts';
import { ISSUE_CODES, type IssueCode, type TemplateIssue } from './issues.ts';

/** The keys of a parsed file that a zod record would skip silently (`__proto__`), each as an issue naming it. */
const forbiddenKeyIssues = (raw: object): TemplateIssue[] =>
  findForbiddenKeys(raw).map(({ key, path }) => ({ code: 'forbidden-key', path: keyPath(path, key), params: { key } }));

/** A template's definition with the conversion of its schema's problems and the check for forbidden keys. */
export const defineTemplate = <D extends TemplateDocument>(
  definition: Omit<TemplateDefinition<D>, 'issuesOf' | 'forbiddenKeys'>,
): TemplateDefinition<D> => ({ ...definition, issuesOf: fromZodError, forbiddenKeys: forbiddenKeyIssues });

/** Turns a zod issue into a TemplateIssue, keeping the path and the values a message needs. */
function fromZodIssue(issue: z.core.$ZodIssue): TemplateIssue {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      // Needs `reportInput: true` when parsing, so that a missing field can be told from one of the wrong type.
      if ('input' in issue && issue.input === undefined) return { code: 'missing', path };
      if (issue.expected === 'int' && typeof issue.input === 'number') return { code: 'not-integer', path };
      return { code: 'wrong-type', path, params: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') return { code: 'too-few', path, params: { minimum } };
      if (issue.origin === 'string') return { code: 'empty', path };
      return { code: 'too-small', path, params: { minimum: issue.inclusive ? minimum : `> ${minimum}` } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array') return { code: 'too-many', path, params: { maximum } };
      if (issue.origin === 'string') return { code: 'too-long', path, params: { maximum } };
      return { code: 'too-big', path, params: { maximum: issue.inclusive ? maximum : `< ${maximum}` } };
    }
    case 'invalid_value':
      return { code: 'not-allowed', path, params: { values: issue.values.map((v) => String(v)).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown-fields', path, params: { keys: issue.keys.join(', ') } };
    case 'invalid_key':
      return { code: 'bad-id', path };
    case 'custom': {
      const { issue: code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      if (typeof code === 'string' && (ISSUE_CODES as readonly string[]).includes(code))
        return { code: code as IssueCode, path, params };
      return { code: 'invalid', path, params: { detail: issue.message } };
    }
    default:
      return { code: 'invalid', path, params: { detail: issue.message } };
  }
}

/** Issues of a failed zod parse, in the order zod found them, without duplicates. */
export function fromZodError(error: z.core.$ZodError): TemplateIssue[] {
  const seen = new Set<string>();
  const issues: TemplateIssue[] = [];
  for (const zi of error.issues) {
    const issue = fromZodIssue(zi);
    const key = `${issue.code}|${issue.path}|${JSON.stringify(issue.params ?? {})}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
