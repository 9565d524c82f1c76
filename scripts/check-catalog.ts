/** `npm run check:catalog`: validate assessments/ and print a one-screen summary, or the problems. */
import { loadCatalog, loadPractices } from '../src/loader/load.ts';
import { CatalogError } from '../src/catalog/check.ts';

try {
  const catalog = loadCatalog();
  const req = catalog.elements.filter((e) => e.kind === 'requirement');
  const count = (party: string) => req.filter((e) => e.party === party && e.source === 'seed').length;
  console.log(
    `catalog ${catalog.structure.version}: ${catalog.elements.length} entries; seed requirements ${count('supplier')} supplier + ${count('customer')} customer; ` +
      `${req.filter((e) => e.key).length} key; ${catalog.terms.length} terms`,
  );
  for (const practice of loadPractices(catalog)) {
    const { id } = practice.structure.practice;
    const items = practice.elements.filter((e) => e.kind === 'requirement');
    console.log(
      `practice ${id} ${practice.structure.version}: ${items.length} elements (${items.filter((e) => e.key).length} key)`,
    );
  }
} catch (err) {
  if (err instanceof CatalogError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
