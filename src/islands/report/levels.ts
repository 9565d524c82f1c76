/** How an element's answer reads in the report's tables. */
import type { Level } from '../../catalog/schema.ts';
import type { ElementScore } from '../../engine/score.ts';
import type { Translate } from '../../app/report-format.ts';

/** `P 部分实施`, or `未回答` when there is no level. */
export const levelText = (r: Translate, level: Level | null) =>
  level ? `${level} ${r(`level.${level}`)}` : r('level.none');

/** The answer of a scored element: its level, unanswered, or why it does not count. */
export function answerText(r: Translate, e: ElementScore): string {
  if (e.exclusion) return r(`exclusion.${e.exclusion}`);
  if (!e.answered) return r('level.none');
  return levelText(r, e.level as Level);
}
