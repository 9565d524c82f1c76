/**
 * On the report: when a customer has reviewed the assessment, its claimed and verified overall score and grade
 * side by side, the number disputed, and the way to the full review. Computed by the engine as on the review
 * page (fingerprints are hashed first, so an answer changed since review does not count as verified). The review
 * code loads only for a reviewed assessment: the note is shown once it is computed, as before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../catalog/schema.ts';
import type { ReviewResult } from '../../engine/review.ts';
import { indexCatalog, type EngineCatalog } from '../../engine/catalog-index.ts';
import type { Assessment } from '../../engine/assessment-schema.ts';
import type { Grade } from '../../engine/score.ts';
import { formatScore } from '../../app/report-format.ts';
import { reviewTranslator, type ReviewStrings } from '../../i18n/review.ts';

interface Props {
  id: string;
  assessment: Assessment;
  catalog: EngineCatalog;
  strings: ReviewStrings;
  /** Grade names in the same language. */
  gradeName: (grade: Grade | null) => string;
  /** The review page; the assessment ID goes in its hash. */
  reviewHref: string;
  locale: Locale;
}

export default function ReviewNote({ id, assessment, catalog, strings, gradeName, reviewHref, locale }: Props) {
  const [review, setReview] = useState<ReviewResult>();
  const hasReview = Object.keys(assessment.review?.elements ?? {}).length > 0;
  useEffect(() => {
    if (!hasReview) return;
    let alive = true;
    const ids = indexCatalog(catalog).answerable.map((e) => e.id);
    void import('../../engine/review.ts').then(async ({ answerFingerprints, reviewAssessment }) => {
      const fp = await answerFingerprints(assessment, ids);
      if (alive) setReview(reviewAssessment(catalog, assessment, fp));
    });
    return () => {
      alive = false;
    };
  }, [assessment, catalog, hasReview]);
  if (!hasReview || !review) return null;
  const t = reviewTranslator(strings);
  const claimed = review.claimed.supplier.overall;
  const verified = review.verified.supplier.overall;
  return (
    <section
      class="report-section review-note"
      aria-labelledby="report-review-heading"
      lang={locale}
      data-testid="report-review"
    >
      <h3 id="report-review-heading">{t('scores.heading')}</h3>
      <dl class="review-note__scores">
        <div>
          <dt>{t('scores.claimed')}</dt>
          <dd data-testid="report-claimed">
            {formatScore(claimed.score) ?? '—'} · {gradeName(claimed.grade)}
          </dd>
        </div>
        <div>
          <dt>{t('scores.verified')}</dt>
          <dd data-testid="report-verified">
            {formatScore(verified.score) ?? '—'} · {gradeName(verified.grade)}
          </dd>
        </div>
      </dl>
      <p>{t('scores.counts', review.counts)}</p>
      <p>
        <a href={`${reviewHref}#${encodeURIComponent(id)}`}>{t('links.review')}</a>
      </p>
    </section>
  );
}
