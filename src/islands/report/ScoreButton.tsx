/** A score that opens the explanation of which elements made it. */
import type { ScoreTarget } from '../../engine/score.ts';
import { formatScore } from '../../app/report-format.ts';
import { useReport } from './context.ts';

interface Props {
  score: number | null;
  target: ScoreTarget;
  testId?: string;
}

export default function ScoreButton({ score, target, testId }: Props) {
  const { r, explain } = useReport();
  const value = formatScore(score);
  return (
    <button
      type="button"
      class={`score-button${value === null ? ' score-button--na' : ''}`}
      data-testid={testId}
      aria-haspopup="dialog"
      onClick={(e) => explain(target, e.currentTarget)}
    >
      <span class="score-button__value">{value ?? r('summary.na')}</span>
      <span class="sr-only">{r('summary.explain')}</span>
    </button>
  );
}
