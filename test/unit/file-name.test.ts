import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName, type FileNameRule } from '../../src/engine/file-name.ts';

const hyphens: FileNameRule = { refused: '-', space: '-', maxLength: 60, fallback: 'assessment' };
const spaces: FileNameRule = { refused: ' ', space: ' ', maxLength: 80, fallback: 'assessment' };
const documents: FileNameRule = { refused: '-', space: ' ', maxLength: 80, fallback: 'priority' };

describe('safeFileName', () => {
  it.each([
    [hyphens, 'Annual review: 2025/Q1 "draft"', 'Annual-review-2025-Q1-draft'],
    [hyphens, '  ..  ', 'assessment'],
    [spaces, 'Annual review: 2025/Q1 "draft"', 'Annual review 2025 Q1 draft'],
    [spaces, '///', 'assessment'],
    [documents, 'a/b:c*?', 'a-b-c--'],
    [documents, ' 优先级方案   1 ', '优先级方案 1'],
    [documents, 'tab\there', 'tab-here'],
    [documents, 'a\u0000b', 'a-b'],
  ])('%j: %j → %j', (rule, title, name) => expect(safeFileName(title, rule)).toBe(name));

  it('never cuts a character outside the BMP in half', () => {
    const name = safeFileName('😀'.repeat(100), spaces);
    expect([...name]).toHaveLength(80);
    expect(name).toBe('😀'.repeat(80));
  });

  it('never yields a refused character, an empty name or more than the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: 'binary' }),
        fc.constantFrom(hyphens, spaces, documents),
        (t, r) => {
          const name = safeFileName(t, r);
          // eslint-disable-next-line no-control-regex
          expect(name).not.toMatch(/[\u0000-\u001f\\/:*?"<>|]/);
          expect(name.length).toBeGreaterThan(0);
          expect([...name].length).toBeLessThanOrEqual(r.maxLength);
          expect(name).toBe(name.trim());
        },
      ),
    );
  });
});
