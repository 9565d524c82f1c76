/**
 * Words of the file inputs (src/islands/shared/FileInput.tsx). A native file input shows the browser's own
 * words ("Choose File", "No file chosen") whatever the page's language; these replace them. zh-CN is the
 * reference; en has the same keys.
 */
import type { Locale } from '../catalog/schema.ts';
import { formatMessage } from './format.ts';

const zh = {
  choose: '选择文件',
  chooseMany: '选择文件（可多选）',
  none: '未选择文件',
  many: '已选择 {count} 个文件',
};

export type FileInputKey = keyof typeof zh;

const en: Record<FileInputKey, string> = {
  choose: 'Choose a file',
  chooseMany: 'Choose files',
  none: 'No file chosen',
  many: '{count} files chosen',
};

export const FILE_INPUT_STRINGS: Record<Locale, Record<FileInputKey, string>> = { 'zh-CN': zh, en };

/** What the input shows beside its button: nothing chosen, the one file's name, or how many files. */
export function chosenText(locale: Locale, names: readonly string[]): string {
  const s = FILE_INPUT_STRINGS[locale];
  const [first, second] = names;
  if (first === undefined) return s.none;
  if (second === undefined) return first;
  return formatMessage(s.many, { count: names.length }, locale);
}
