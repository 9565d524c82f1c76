/** Shown for a hash that names an assessment this browser does not have. */
import { routeHash } from '../../app/hash-route.ts';
import { useAssess } from './context.ts';
import ViewHeading from './ViewHeading.tsx';

export default function NotFound({ focus, message }: { focus: boolean; message?: string }) {
  const { t } = useAssess();
  const text = message ?? t('app.notFound');
  return (
    <>
      <ViewHeading focus={focus} title={text}>
        {text}
      </ViewHeading>
      <p>
        <a href={routeHash({ view: 'start' })}>{t('app.backToStart')}</a>
      </p>
    </>
  );
}
