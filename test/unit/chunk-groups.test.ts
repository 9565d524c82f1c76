import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_COMMON, chunkGroups, TEMPLATES_COMMON, TEXT_TOOLS } from '../../src/lib/chunk-groups.mjs';

const exists = (module: string) => ['.ts', '.tsx', '.mjs'].some((ext) => existsSync(`src/${module}${ext}`));
const group = (name: string) => {
  const found = chunkGroups.find((g) => g.name === name);
  if (!found) throw new Error(`no group ${name}`);
  return found.test as (id: string) => boolean;
};

describe('chunk groups', () => {
  it.each([...APP_COMMON, ...TEXT_TOOLS, ...TEMPLATES_COMMON])('names a module that exists: src/%s', (module) => {
    expect(exists(module)).toBe(true);
  });

  it('names each module in one group only', () => {
    const all = [...APP_COMMON, ...TEXT_TOOLS, ...TEMPLATES_COMMON];
    expect(new Set(all).size).toBe(all.length);
  });

  it('matches module ids as Rolldown gives them, and nothing else', () => {
    const test = group('templates-common');
    expect(test('/repo/src/templates/model.ts')).toBe(true);
    expect(test('C:\\repo\\src\\islands\\templates\\fields.tsx')).toBe(true);
    expect(test('/repo/src/templates/model.ts?used')).toBe(true);
    // Another template's model (the SLA's too: only its pages load it), the SLA's schema and a same-named file
    // elsewhere stay out.
    expect(test('/repo/src/templates/plans.ts')).toBe(false);
    expect(test('/repo/src/templates/sla.ts')).toBe(false);
    expect(test('/repo/src/templates/sla-schema.ts')).toBe(false);
    expect(test('/repo/src/i18n/templates/sla.ts')).toBe(false);
    expect(group('app-common')('/repo/node_modules/some/src/lib/paths.ts')).toBe(false);
    expect(group('app-common')('/repo/src/lib/paths.ts')).toBe(true);
  });

  it('keeps the schema library and the catalog out of every group', () => {
    for (const { test } of chunkGroups) {
      const matches = typeof test === 'function' ? test : (id: string) => test.test(id);
      expect(matches('/repo/node_modules/zod/v4/classic/schemas.js')).toBe(false);
      expect(matches('/repo/src/catalog/schema.ts')).toBe(false);
    }
  });
});
