/**
 * The assessment engine: pure TypeScript (no DOM, Node or `astro:*`), so the questionnaire island, the report,
 * the CLI and the tests all call the same functions.
 *
 * Typical use: `checkAssessment(catalog, JSON.parse(text))` → `scoreAssessment(catalog, assessment)` →
 * `buildPlan(catalog, assessment, result)` → `reportToMarkdown(…)` / `elementsToCsv(…)` / `toScoreSummary(…)`.
 */
export * from './assessment-schema.ts';
export * from './assessment.ts';
export * from './catalog-index.ts';
export * from './compare.ts';
export * from './compare-export.ts';
export * from './assessment-file.ts';
export * from './csv.ts';
export * from './export-terms.ts';
export * from './report.ts';
export * from './score-summary.ts';
export * from './issues.ts';
export * from './plan.ts';
export * from './raw-json.ts';
export * from './scope.ts';
export * from './score.ts';
export * from './validate.ts';
export * from './review.ts';
export * from './history.ts';
export * from './review-export.ts';
export * from './time.ts';
export * from './quiz.ts';
export * from './quiz-bank.ts';
export * from './agreement.ts';
export * from './agreement-export.ts';
