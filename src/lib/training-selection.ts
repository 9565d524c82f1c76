/**
 * What a trainer picks to print, kept in the page address so a class can share it: clauses for the handouts
 * (`?clauses=5.2,7.3`) and a scope for the blank questionnaire (`?contents=6.2,6.3&modes=7.3`, the same scope as an
 * assessment's). Pure: no DOM; the pages' scripts read and write `location.search` through these functions.
 */
import { FULL_SCOPE, isClauseInScope, SCOPE_CONTENTS, SCOPE_MODES, type Scope } from '../engine/scope.ts';

/**
 * The clauses named by a `clauses` parameter, in the order of `known`. No parameter means every clause; an empty
 * one means none; unknown numbers are dropped.
 */
export function parseClauseSelection(param: string | null, known: readonly string[]): string[] {
  if (param === null) return [...known];
  const asked = new Set(param.split(',').map((s) => s.trim()));
  return known.filter((c) => asked.has(c));
}

/** The `clauses` parameter for a selection: null (leave it out) when every clause is chosen. */
export function clauseSelectionParam(selected: readonly string[], known: readonly string[]): string | null {
  const chosen = known.filter((c) => selected.includes(c));
  return chosen.length === known.length ? null : chosen.join(',');
}

/** The scope named by `contents` and `modes` parameters; a missing parameter means all of its kind. */
export function parseScopeParams(params: URLSearchParams): Scope {
  const pick = <T extends string>(name: string, known: readonly T[]): T[] => {
    const value = params.get(name);
    if (value === null) return [...known];
    const asked = new Set(value.split(',').map((s) => s.trim()));
    return known.filter((k) => asked.has(k));
  };
  return { contents: pick('contents', SCOPE_CONTENTS), modes: pick('modes', SCOPE_MODES) };
}

/** The parameters of a scope, leaving out a kind that is chosen in full. */
export function scopeParams(scope: Scope): [string, string][] {
  const out: [string, string][] = [];
  if (scope.contents.length !== FULL_SCOPE.contents.length) out.push(['contents', scope.contents.join(',')]);
  if (scope.modes.length !== FULL_SCOPE.modes.length) out.push(['modes', scope.modes.join(',')]);
  return out;
}

/** The clauses of `clauses` that an assessment of this scope covers, in their order. */
export const clausesOfScope = (scope: Scope, clauses: readonly string[]) =>
  clauses.filter((c) => isClauseInScope(scope, c));

/** A query string (`?a=1&b=2`, or '' for none) with the given parameters replaced and others kept. */
export function withParams(search: string, set: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(set)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
