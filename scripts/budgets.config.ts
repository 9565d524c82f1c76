/**
 * The size budgets `npm run budgets` checks (and `npm test` runs): what a first visit to each kind of page
 * downloads, in KB of gzip -9 bytes (1 KB = 1,000 bytes), by type. The goals are issue 12's.
 *
 * How to change a budget: edit the number here, in the same commit as the change that needs it, and say in the
 * commit message why the page may grow (the script prints the table, so the reviewer sees the cost).
 *
 * `ceiling`: a page that does not meet its goal yet names what is left to do (`until`) and carries the size it may
 * not pass meanwhile, a little above today's measure, so it can only shrink. The check fails above the ceiling and
 * reports "over goal" between goal and ceiling. Lower or remove a ceiling when the page gets lighter.
 */

/** KB limits by type; any type left out is not limited on its own. */
export interface Limits {
  total?: number;
  html?: number;
  css?: number;
  js?: number;
  /** JSON: catalogs, practice catalogs. */
  data?: number;
}

export interface PageBudget {
  /** A short name for the table. */
  name: string;
  /** The page, below the site's root. */
  path: string;
  /** Seeds the browser's store with this example assessment (assessments/examples/NAME.json) before the visit. */
  withExample?: string;
  /** The goals for a first visit. */
  goal: Limits;
  /** A repeat visit (hashed assets cached by the host, as every static host does): KB, all types. */
  repeatGoal?: number;
  /** For a page that does not meet its goal yet: the limits it may not pass meanwhile, and why. */
  ceiling?: Limits & { repeat?: number; withCharts?: number; until: string };
  /** Script chunks that hold chart.js are counted apart: `goal` is without them, `withCharts` includes them. */
  withCharts?: number;
}

export const BUDGETS: PageBudget[] = [
  { name: 'Home', path: '/', goal: { total: 45 } },
  {
    name: 'Clause page',
    path: '/5-2/',
    goal: { total: 40 },
    repeatGoal: 12,
    ceiling: {
      repeat: 22,
      until:
        'a repeat visit: the HTML is 20 KB, 12 KB of it the clause text itself: shorter markup, sidebar and inline scripts',
    },
  },
  { name: 'Glossary', path: '/glossary/', goal: { total: 45 } },
  {
    name: 'Questionnaire',
    path: '/assess/',
    goal: { total: 140, js: 60, data: 60 },
  },
  {
    name: 'Report (an assessment)',
    path: '/report/#budget',
    withExample: 'weak-supplier',
    goal: { total: 120 },
    withCharts: 180,
  },
  {
    name: 'SLA template',
    path: '/sla/',
    goal: { total: 70 },
  },
  {
    name: 'Priority template',
    path: '/priority/',
    goal: { total: 70 },
  },
  {
    name: 'Plans template',
    path: '/plans/',
    goal: { total: 70 },
  },
];
