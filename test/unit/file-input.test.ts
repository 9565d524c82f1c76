import { describe, expect, it } from 'vitest';
import { chosenText, FILE_INPUT_STRINGS } from '../../src/i18n/file-input.ts';

describe('file input words', () => {
  it('exist in both languages with the same keys', () => {
    expect(Object.keys(FILE_INPUT_STRINGS.en).sort()).toEqual(Object.keys(FILE_INPUT_STRINGS['zh-CN']).sort());
  });
  it('say nothing is chosen, name one file, count several', () => {
    expect(chosenText('zh-CN', [])).toBe('未选择文件');
    expect(chosenText('en', [])).toBe('No file chosen');
    expect(chosenText('zh-CN', ['评估.json'])).toBe('评估.json');
    expect(chosenText('zh-CN', ['a.json', 'b.json', 'c.json'])).toBe('已选择 3 个文件');
    expect(chosenText('en', ['a.json', 'b.json'])).toBe('2 files chosen');
  });
});
