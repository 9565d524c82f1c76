/** No assessment to show: no ID in the address, an unknown ID, or a record that cannot be read. */
import type { ReportModel, ReportState } from '../../app/report-model.ts';
import type { Translate } from '../../app/report-format.ts';
import OpenFile from './OpenFile.tsx';

interface Props {
  model: ReportModel;
  state: Extract<ReportState, { status: 'no-id' | 'not-found' | 'unreadable' }>;
  t: Translate;
  assessHref: string;
}

export default function EmptyState({ model, state, t, assessHref }: Props) {
  const message =
    state.status === 'no-id'
      ? t('empty.noId')
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
      <h2 id="report-empty-title">{t('empty.heading')}</h2>
      <p>{message}</p>
      <p>
        <a href={assessHref}>{t('empty.toAssess')}</a>
      </p>
      <OpenFile model={model} t={t} />
    </section>
  );
}
