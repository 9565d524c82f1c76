/**
 * The form that starts a new assessment. Title and subject are required: a missing one gets its message
 * next to the field (linked by aria-describedby) and the focus goes to the first field to fix.
 */
import { useRef, useState } from 'preact/hooks';
import type { CreateField } from '../../app/assessment-model.ts';
import { routeHash } from '../../app/hash-route.ts';
import { FULL_SCOPE, type Perspective, type Scope } from '../../engine/index.ts';
import { useAssess } from './context.ts';
import ScopeFields from './ScopeFields.tsx';

const PERSPECTIVES: Perspective[] = ['supplier-self', 'customer-evaluation'];

export default function CreateForm() {
  const { model, t, notice } = useAssess();
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState('');
  const [assessor, setAssessor] = useState('');
  const [perspective, setPerspective] = useState<Perspective>('supplier-self');
  const [scope, setScope] = useState<Scope>(FULL_SCOPE);
  const [missing, setMissing] = useState<CreateField[]>([]);
  const refs = { title: useRef<HTMLInputElement>(null), subject: useRef<HTMLInputElement>(null) };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await model.create({ title, subject, assessor, perspective, scope });
    if (!result.success) {
      setMissing(result.missing);
      refs[result.missing[0]!].current?.focus();
      return;
    }
    const hash = routeHash({ view: 'overview', id: result.id });
    notice.value = { text: t('create.created', { title: title.trim() }), hash };
    location.hash = hash;
  };

  const field = (name: CreateField, label: string, value: string, set: (v: string) => void, hint?: string) => {
    const invalid = missing.includes(name);
    const describedBy = [hint && `create-${name}-hint`, invalid && `create-${name}-error`].filter(Boolean).join(' ');
    return (
      <div class="assess-field">
        <label for={`create-${name}`}>
          {label}
          <span class="assess-required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        {hint && (
          <p id={`create-${name}-hint`} class="assess-hint">
            {hint}
          </p>
        )}
        <input
          id={`create-${name}`}
          ref={refs[name]}
          type="text"
          name={name}
          value={value}
          required
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => {
            set(e.currentTarget.value);
            if (invalid && e.currentTarget.value.trim() !== '') setMissing(missing.filter((m) => m !== name));
          }}
        />
        {invalid && (
          <p id={`create-${name}-error`} class="assess-error">
            {t(name === 'title' ? 'create.errorTitle' : 'create.errorSubject')}
          </p>
        )}
      </div>
    );
  };

  return (
    <section class="assess-section" aria-labelledby="create-heading">
      <h3 id="create-heading">{t('create.heading')}</h3>
      <form class="assess-form" onSubmit={submit} noValidate data-testid="create-form">
        {field('title', t('create.title'), title, setTitle, t('create.titleHint'))}
        {field('subject', t('create.subject'), subject, setSubject)}
        <div class="assess-field">
          <label for="create-assessor">{t('create.assessor')}</label>
          <input
            id="create-assessor"
            type="text"
            name="assessor"
            value={assessor}
            onInput={(e) => setAssessor(e.currentTarget.value)}
          />
        </div>
        <fieldset class="assess-radios">
          <legend>{t('create.perspective')}</legend>
          {PERSPECTIVES.map((p) => (
            <label class="assess-check" key={p}>
              <input
                type="radio"
                name="perspective"
                value={p}
                checked={perspective === p}
                onChange={() => setPerspective(p)}
              />
              {t(`create.perspective.${p}`)}
            </label>
          ))}
        </fieldset>
        <ScopeFields scope={scope} onChange={setScope} />
        <div class="assess-actions">
          <button type="submit" class="assess-button assess-button--primary">
            {t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
