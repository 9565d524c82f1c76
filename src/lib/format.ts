import type { Locale } from '../catalog/schema.ts';
import { useTranslations } from '../i18n/ui.ts';

/** 90 → "1.5 小时" / "1.5 h"; under an hour stays in minutes. */
export function formatMinutes(minutes: number, locale: Locale): string {
  const t = useTranslations(locale);
  if (minutes < 60) return t('appendixC.minutes', { n: minutes });
  const hours = Math.round((minutes / 60) * 10) / 10;
  return t('appendixC.hours', { n: hours });
}
