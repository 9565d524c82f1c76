/**
 * The form that starts a new assessment. It first asks what to assess: GB/T 28827.2, or one of the related
 * practices (clearly marked as not part of it; `/assess/?catalog=handover` preselects one). Title and subject are
 * required: a missing one gets its message next to the field (linked by aria-describedby) and the focus goes to
 * the first field to fix. A related practice has no scope to choose and names its own parties.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreateField } from '../../app/assessment-model.ts';
import { routeHash } from '../../app/hash-route.ts';
import { DELIVERY_CATALOG_ID, type CatalogId, type Perspective } from '../../engine/assessment-constants.ts';
import { FULL_SCOPE, type Scope } from '../../engine/scope.ts';
import { practiceOf } from '../../engine/catalog-index.ts';
import CatalogBanner from './CatalogBanner.tsx';
import { useAssess } from './context.ts';
import ScopeFields from './ScopeFields.tsx';
import { PerspectiveFields } from './Fields.tsx';

/** The catalog the address asks for (`?catalog=handover`), if this site offers it. */
function requestedCatalog(offered: readonly CatalogId[]): CatalogId {
  const asked = new URLSearchParams(location.search).get('catalog');
  return asked && offered.includes(asked as CatalogId) ? (asked as CatalogId) : DELIVERY_CATALOG_ID;
}

export default function CreateForm() {
  const { model, tOf, notice, links } = useAssess();
  const [catalogId, setCatalogId] = useState<CatalogId>(() => requestedCatalog(model.offered));
  // A related practice's catalog is fetched when it is chosen; its banner and wording follow once it is here.
  const [catalogProblem, setCatalogProblem] = useState('');
  useEffect(() => {
    setCatalogProblem('');
    model
      .ensureCatalog(catalogId)
      .catch((err: unknown) => setCatalogProblem(err instanceof Error ? err.message : String(err)));
  }, [model, catalogId]);
  const chosen = model.catalogs.get(catalogId) ?? model.catalog;
  const practice = practiceOf(chosen);
  // Labels follow the catalog chosen: a practice's own parties instead of supplier and customer.
  const t = tOf(chosen);
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState('');
  const [assessor, setAssessor] = useState('');
  const [perspective, setPerspective] = useState<Perspective>('supplier-self');
  const [scope, setScope] = useState<Scope>(FULL_SCOPE);
  const [missing, setMissing] = useState<CreateField[]>([]);
  const refs = { title: useRef<HTMLInputElement>(null), subject: useRef<HTMLInputElement>(null) };
  // Arriving from a practice page (`?catalog=…`), the form is what the user came for.
  useEffect(() => {
    if (new URLSearchParams(location.search).has('catalog') && location.hash === '') refs.title.current?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await model.create({ catalog: catalogId, title, subject, assessor, perspective, scope });
    if (!result.success) {
      setMissing(result.missing);
      const [first] = result.missing;
      if (first) refs[first].current?.focus();
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
        <fieldset class="assess-radios assess-catalogs" data-testid="create-catalog">
          <legend>{t('catalog.legend')}</legend>
          {model.offered.map((id) => {
            const title = links.practiceTitles[id];
            return (
              <label class="assess-check" key={id}>
                <input
                  type="radio"
                  name="catalog"
                  value={id}
                  checked={catalogId === id}
                  onChange={() => setCatalogId(id)}
                />
                {title ? (
                  <span>
                    {title} <span class="assess-tag assess-tag--related">{t('catalog.related')}</span>
                  </span>
                ) : (
                  t('catalog.standard')
                )}
              </label>
            );
          })}
        </fieldset>
        {catalogProblem ? (
          <p class="assess-error" role="alert">
            {t('catalog.loadFailed', { reason: catalogProblem })}
          </p>
        ) : (
          model.catalogs.has(catalogId) && <CatalogBanner catalog={chosen} />
        )}
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
        <PerspectiveFields
          name="perspective"
          legend={t('create.perspective')}
          value={perspective}
          onChange={setPerspective}
          t={t}
        />
        {!practice && <ScopeFields scope={scope} onChange={setScope} />}
        <div class="assess-actions">
          <button type="submit" class="assess-button assess-button--primary">
            {t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
