/**
 * No assessment to show: no ID in the address (then the saved assessments are listed to choose from, or the page
 * says none is saved and links to the questionnaire), an unknown ID, or a record that cannot be read.
 */
import type { ReportModel, ReportState } from '../../app/report-model.ts';
import { formatTimestamp, type Translate } from '../../app/report-format.ts';
import OpenFile from './OpenFile.tsx';

interface Props {
  model: ReportModel;
  state: Extract<ReportState, { status: 'no-id' | 'not-found' | 'unreadable' }>;
  t: Translate;
  assessHref: string;
}

function SavedList({ model, t }: Pick<Props, 'model' | 't'>) {
  const list = model.savedList.value ?? [];
  return (
    <ul class="report-choices" role="list" aria-label={t('empty.listLabel')} data-testid="report-choices">
      {list.map((c) => (
        <li key={c.id} class="report-choice" data-id={c.id}>
          <a class="report-choice__title" href={`#${encodeURIComponent(c.id)}`}>
            {c.title}
          </a>
          <span class="report-choice__meta">
            <span>{t('empty.subject', { subject: c.subject })}</span>
            {c.summary && (
              <>
                <span data-testid="choice-score">
                  {c.summary.scoreText ? t('empty.score', { score: c.summary.scoreText }) : t('empty.noScore')}
                  {c.summary.grade && <> · {t(`grade.${c.summary.grade}`)}</>}
                  {c.summary.provisional && <> · {t('summary.provisional')}</>}
                </span>
                <span>{t('empty.completeness', { percent: c.summary.completenessText })}</span>
              </>
            )}
            <span>{t('empty.updated', { time: formatTimestamp(c.updated) })}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function EmptyState({ model, state, t, assessHref }: Props) {
  const list = model.savedList.value;
  const choosing = state.status === 'no-id' && list !== null && list.length > 0;
  const message =
    state.status === 'no-id'
      ? choosing
        ? t('empty.choose', { count: list.length })
        : list === null
          ? t('empty.noId')
          : t('empty.noneSaved')
      : state.status === 'not-found'
        ? t('empty.notFound', { id: state.id })
        : t('empty.unreadable', { id: state.id, problem: state.problem });
  return (
    <section
      class="report-empty"
      aria-labelledby="report-empty-title"
      data-testid="report-empty"
      data-state={state.status}
    >
      <h2 id="report-empty-title">{choosing ? t('empty.chooseHeading') : t('empty.heading')}</h2>
      <p data-testid="report-empty-message">{message}</p>
      {choosing && <SavedList model={model} t={t} />}
      <p>
        <a href={assessHref}>{t('empty.toAssess')}</a>
      </p>
      <OpenFile model={model} t={t} />
    </section>
  );
}
