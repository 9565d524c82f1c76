/**
 * What an assessment covers. A supplier is assessed on the delivery contents (chapter 6) and delivery modes
 * (chapter 7) it actually offers; the result clause of chapter 8 that belongs to each content follows it.
 * Chapter 5 (delivery management) and 8.2 (management of delivery results) are always in scope.
 */

/** The delivery contents a scope can choose from: routine operation, responsive support, optimization, investigation. */
export const SCOPE_CONTENTS = ['6.2', '6.3', '6.4', '6.5'] as const;
export type ScopeContent = (typeof SCOPE_CONTENTS)[number];

/** The delivery modes a scope can choose from: on-site and remote delivery. */
export const SCOPE_MODES = ['7.2', '7.3'] as const;
type ScopeMode = (typeof SCOPE_MODES)[number];

/** The result clause of chapter 8 that belongs to each delivery content. */
export const RESULT_CLAUSE_OF_CONTENT: Readonly<Record<ScopeContent, string>> = {
  '6.2': '8.3',
  '6.3': '8.4',
  '6.4': '8.5',
  '6.5': '8.6',
};

/** The chosen contents and modes (the `scope` of an assessment file, in its canonical shape). */
export interface Scope {
  contents: ScopeContent[];
  modes: ScopeMode[];
}

/** Everything in scope: the default of a new assessment. */
export const FULL_SCOPE: Scope = { contents: [...SCOPE_CONTENTS], modes: [...SCOPE_MODES] };

const contentOfResultClause = new Map(
  Object.entries(RESULT_CLAUSE_OF_CONTENT).map(([content, result]) => [result, content as ScopeContent]),
);

/**
 * Whether a clause is assessed under a scope. Clauses of chapters 6 and 7 are in scope when chosen; 8.3–8.6
 * follow their delivery content; every other clause (chapter 5, 8.2) is always in scope.
 */
export function isClauseInScope(scope: Scope, clause: string): boolean {
  if ((SCOPE_CONTENTS as readonly string[]).includes(clause)) return (scope.contents as string[]).includes(clause);
  if ((SCOPE_MODES as readonly string[]).includes(clause)) return (scope.modes as string[]).includes(clause);
  const content = contentOfResultClause.get(clause);
  if (content) return scope.contents.includes(content);
  return true;
}
