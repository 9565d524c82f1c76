/**
 * Catalogs in the browser, one language at a time: the delivery catalog from `/catalog.<locale>.json` and each
 * related practice from `/practices/<id>.<locale>.json`, fetched once per catalog and language. The files were
 * checked against the catalog schemas at build, so the browser only checks their outline (no schema library on
 * the first load); a stale or broken file still fails here with a message that names it.
 *
 * A page fetches its own language. Another language (a report shown in English on a Chinese page) is fetched when
 * asked for and added to the same catalog objects, so views that hold them see both.
 *
 * The report page fetches its own cut of the delivery catalog, `/catalog-report.<locale>.json`
 * (src/catalog/report-catalog.ts), with `fetchReportCatalog`; a related practice has one file for both.
 */
import type { Locale } from '../catalog/schema.ts';
import { mergeLocaleTexts } from '../catalog/localize.ts';
import { DELIVERY_CATALOG_ID, type CatalogId } from '../engine/assessment-constants.ts';
import type { EngineCatalog } from '../engine/catalog-index.ts';
import { withBase } from '../lib/paths.ts';

/** The whole catalog, or the report's cut of it (the delivery catalog only: a practice has one file). */
type Variant = 'full' | 'report';

/** Which file: `catalog`, `catalog-report` or the practice's. */
const fileStem = (id: CatalogId, variant: Variant) =>
  id !== DELIVERY_CATALOG_ID ? `practices/${id}` : variant === 'report' ? 'catalog-report' : 'catalog';

/**
 * A catalog's file in one language, relative to the site's base: `catalog.zh-CN.json`, `catalog-report.en.json`,
 * `practices/handover.en.json`.
 */
const catalogFile = (id: CatalogId, locale: Locale, variant: Variant = 'full') =>
  `${fileStem(id, variant)}.${locale}.json`;

/** Where a catalog is served, below the site's base path: `/catalog.en.json`, `/gbt28827/practices/handover.en.json`. */
export const catalogUrl = (id: CatalogId, locale: Locale, variant: Variant = 'full') =>
  withBase(catalogFile(id, locale, variant));

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks the outline of a parsed catalog file (structure, elements with IDs, and for a practice the practice asked
 * for, so answers are never read against another catalog); throws an Error naming the file and what is wrong.
 */
export function parseCatalogResponse(
  raw: unknown,
  id: CatalogId,
  locale: Locale,
  variant: Variant = 'full',
): EngineCatalog {
  const file = catalogFile(id, locale, variant);
  const fail = (path: string, problem: string): never => {
    throw new Error(`${file}: ${path}: ${problem}`);
  };
  if (!isRecord(raw)) return fail('(file)', 'not a catalog');
  const { structure, elements } = raw;
  if (!isRecord(structure)) return fail('structure', 'missing');
  if (!Array.isArray(elements)) return fail('elements', 'not a list');
  elements.forEach((el, i) => {
    if (!isRecord(el) || typeof el.id !== 'string' || typeof el.clause !== 'string')
      fail(`elements.${i}`, 'not an element');
  });
  if (id === DELIVERY_CATALOG_ID) {
    if (!Array.isArray(structure.chapters)) fail('structure.chapters', 'not a list');
  } else {
    const practice = isRecord(structure.practice) ? structure.practice.id : undefined;
    if (practice !== id) fail('structure.practice.id', `is ${String(practice)}, not ${id}`);
  }
  return raw as unknown as EngineCatalog;
}

type Fetcher = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

async function fetchFile(id: CatalogId, locale: Locale, variant: Variant, fetcher: Fetcher): Promise<EngineCatalog> {
  const url = catalogUrl(id, locale, variant);
  const res = await fetcher(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return parseCatalogResponse(await res.json(), id, locale, variant);
}

/** Per catalog file (`catalog`, `catalog-report`, a practice's): the first language's file, and each language added. */
const catalogs = new Map<string, Promise<EngineCatalog>>();
const languages = new Map<string, Promise<EngineCatalog>>();

function fetchVariant(id: CatalogId, locale: Locale, variant: Variant, fetcher: Fetcher): Promise<EngineCatalog> {
  const stem = fileStem(id, variant);
  const key = `${stem} ${locale}`;
  const known = languages.get(key);
  if (known) return known;
  const first = catalogs.get(stem);
  const request = first
    ? Promise.all([first, fetchFile(id, locale, variant, fetcher)]).then(([catalog, more]) => {
        mergeLocaleTexts(catalog, more, locale);
        return catalog;
      })
    : fetchFile(id, locale, variant, fetcher);
  const settled = request.catch((err: unknown) => {
    languages.delete(key);
    if (!first) catalogs.delete(stem);
    throw err;
  });
  languages.set(key, settled);
  if (!first) catalogs.set(stem, settled);
  return settled;
}

/**
 * A catalog (the delivery standard when absent) with the texts of `locale`, fetched once per page, catalog and
 * language. Every call for one catalog resolves to the same object; a later language is added to it in place.
 */
export function fetchCatalog(
  id: CatalogId = DELIVERY_CATALOG_ID,
  locale: Locale,
  fetcher: Fetcher = (url) => fetch(url),
): Promise<EngineCatalog> {
  return fetchVariant(id, locale, 'full', fetcher);
}

/**
 * As `fetchCatalog`, for the report page: the delivery catalog's report cut (`/catalog-report.<locale>.json`, without
 * the texts only the questionnaire and the Excel export use), a related practice's whole file. Its own object:
 * `fetchCatalog` of the delivery catalog fetches and returns the whole one.
 */
export function fetchReportCatalog(
  id: CatalogId,
  locale: Locale,
  fetcher: Fetcher = (url) => fetch(url),
): Promise<EngineCatalog> {
  return fetchVariant(id, locale, 'report', fetcher);
}
