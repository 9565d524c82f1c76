/**
 * Strings of the offline service worker's update notice (`src/components/UpdateNotice.astro`), in both
 * languages; the English dictionary must have the same keys (the type enforces it).
 */
import type { Locale } from '../catalog/schema.ts';

const zh = {
  'update.available': '有新版本可用 —',
  'update.reload': '重新加载',
} as const;

type Dictionary = Record<keyof typeof zh, string>;

const en: Dictionary = {
  'update.available': 'A new version is available —',
  'update.reload': 'Reload',
};

export const offlineDictionaries: Record<Locale, Dictionary> = { 'zh-CN': zh, en };
