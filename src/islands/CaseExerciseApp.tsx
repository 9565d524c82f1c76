/**
 * The class-exercise button of a case page: creates the assessment "for this case" in the browser's store and
 * opens it in the ordinary questionnaire. Strings arrive resolved in the page's language.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { startCaseExercise, type CaseExercise } from '../app/case-exercise.ts';
import { routeHash } from '../app/hash-route.ts';
import { AssessmentRepository, openBrowserStore } from '../storage/storage.ts';
import { formatMessage } from '../i18n/format.ts';

export interface CaseExerciseAppProps {
  exercise: CaseExercise;
  /** The questionnaire page in the page's language. */
  assessHref: string;
  strings: { name: string; start: string; starting: string; failed: string; noStorage: string };
}

export default function CaseExerciseApp({ exercise, assessHref, strings }: CaseExerciseAppProps) {
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // A name typed before the island hydrated is in the field but not in the state: take it, or the next render
  // would clear the field and the exercise would start without it.
  // The button is drawn disabled on the server and enabled once the island runs: a click before that would submit
  // the form as a plain page request (reloading the page with `?`, the name lost) instead of starting the exercise.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (input.current?.value) setName(input.current.value);
    setReady(true);
  }, []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailure('');
    try {
      const store = await openBrowserStore();
      // In memory the new assessment would be gone once the questionnaire page loads: say so instead.
      if (store.kind === 'memory') {
        setBusy(false);
        setFailure(strings.noStorage);
        return;
      }
      const id = await startCaseExercise(new AssessmentRepository(store), exercise, name);
      window.location.assign(`${assessHref}${routeHash({ view: 'overview', id })}`);
    } catch (err) {
      setBusy(false);
      setFailure(formatMessage(strings.failed, { reason: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <form class="training-exercise__form" onSubmit={onSubmit} data-testid="case-exercise">
      <label>
        <span>{strings.name}</span>
        <input
          type="text"
          ref={input}
          value={name}
          maxLength={80}
          autocomplete="name"
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
          data-testid="case-exercise-name"
        />
      </label>
      <button type="submit" class="report-button" disabled={busy || !ready} data-testid="case-exercise-start">
        {busy ? strings.starting : strings.start}
      </button>
      {failure && (
        <p role="alert" class="report-error">
          {failure}
        </p>
      )}
    </form>
  );
}
