/**
 * The office-formats module (`src/office/`, with the spreadsheet library) is loaded with `import()` when the user
 * asks for a workbook, never with the page (`npm run budgets` checks the first load).
 */
export type OfficeModule = typeof import('../office/index.ts');

export const loadOfficeModule = (): Promise<OfficeModule> => import('../office/index.ts');

/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
