/**
 * The service catalogue (Appendix A): example services filtered by category, delivery content and delivery mode,
 * the user's own services (a template document with the shared toolbar), and "add to SLA draft", which appends a
 * service to the SLA draft open in this browser and says so in a status region.
 */
import { useState } from 'preact/hooks';
import { openChangeChannel, openNamedBrowserStore, TEMPLATE_STORE } from '../../storage/browser-store.ts';
import type { Locale } from '../../catalog/schema.ts';
import type { KeysWithPrefix } from '../../i18n/templates.ts';
import { issuesAt } from '../../templates/issues.ts';
import type { IssueWording } from '../../templates/issue-words.ts';
import { formatMessage } from '../../i18n/format.ts';
import {
  catalogueTemplate,
  catalogueOutline,
  EXAMPLE_SERVICES,
  exampleToService,
  filterServices,
  newCatalogueDocument,
  type CatalogueDocument,
  type CatalogueFilter,
} from '../../templates/service-catalogue.ts';
import {
  appendToOpenDraft,
  CONTENT_CLAUSE,
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  MODE_CLAUSE,
  newSlaDocument,
  SERVICE_CATEGORIES,
  type CategoryNames,
  type SlaService,
  type SlaTarget,
} from '../../templates/sla.ts';
import {
  appendCatalogueService,
  patchCatalogueService,
  removeCatalogueService,
} from '../../templates/catalogue-edits.ts';
import { FieldProblems, SelectField } from './fields.tsx';
import { ServiceRow } from './SlaEditor.tsx';
import { loadTemplateWords } from '../../templates/template-words.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { useDocumentModel } from './use-document-model.ts';

type CatalogueStrings = Record<KeysWithPrefix<'catalogue.' | 'sla.' | 'common.'>, string>;

export interface CatalogueEditorProps {
  locale: Locale;
  /** Example targets for a new SLA draft. */
  slaTargets: SlaTarget[];
  slaHref: string;
  strings: CatalogueStrings;
  toolbar: ToolbarStrings;
  messages: IssueWording;
  /** The catalogue's category names in the page's language. */
  categories: CategoryNames;
  languages: Record<Locale, string>;
}

export default function CatalogueEditor(props: CatalogueEditorProps) {
  const { locale, strings: s, messages } = props;
  const model = useDocumentModel<CatalogueDocument>(() => ({
    definition: catalogueTemplate,
    create: (title, now) => newCatalogueDocument(title, now),
    defaultTitle: (n) => formatMessage(s['catalogue.defaultTitle'], { n }),
  }));
  const [filter, setFilter] = useState<CatalogueFilter>({ category: '', content: '', mode: '' });
  const [added, setAdded] = useState<{ text: string; ok: boolean } | null>(null);
  const doc = model.document.value;
  const issues = model.issues.value;
  const ready = model.status.value.state !== 'loading';
  const categories = props.categories;
  const examples = filterServices(EXAMPLE_SERVICES, filter);
  const all = s['catalogue.filter.all'];

  const addToSla = async (service: SlaService) => {
    try {
      const store = await openNamedBrowserStore(TEMPLATE_STORE);
      const now = new Date().toISOString();
      const result = await appendToOpenDraft(
        store,
        service,
        now,
        () => newSlaDocument(formatMessage(s['sla.defaultTitle'], { n: 1 }), now, props.slaTargets),
        openChangeChannel(TEMPLATE_STORE, store.kind),
      );
      const key = result.created ? 'catalogue.addedNew' : 'catalogue.added';
      setAdded({ text: formatMessage(s[key], { name: service.name, title: result.title }), ok: true });
    } catch (err) {
      setAdded({
        text: formatMessage(s['catalogue.addFailed'], { detail: err instanceof Error ? err.message : String(err) }),
        ok: false,
      });
    }
  };
  const setService = (i: number, patch: Partial<SlaService>) => model.update((d) => patchCatalogueService(d, i, patch));

  return (
    <div class="template-root template-root--catalogue" data-ready={ready ? 'true' : 'false'} data-pagefind-ignore>
      <div class="template-screen">
        <section class="template-section" aria-labelledby="cat-filters">
          <h2 id="cat-filters">{s['catalogue.filters']}</h2>
          <div class="sla-grid">
            <SelectField
              id="cat-filter-category"
              label={s['catalogue.filter.category']}
              value={filter.category}
              options={[['', all], ...SERVICE_CATEGORIES.map((c) => [c, categories[c]] as const)]}
              onValue={(v) => setFilter({ ...filter, category: v as CatalogueFilter['category'] })}
              messages={messages}
            />
            <SelectField
              id="cat-filter-content"
              label={s['catalogue.filter.content']}
              value={filter.content}
              options={[
                ['', all],
                ...DELIVERY_CONTENTS.map((c) => [c, `${s[`sla.content.${c}`]} (${CONTENT_CLAUSE[c]})`] as const),
              ]}
              onValue={(v) => setFilter({ ...filter, content: v as CatalogueFilter['content'] })}
              messages={messages}
            />
            <SelectField
              id="cat-filter-mode"
              label={s['catalogue.filter.mode']}
              value={filter.mode}
              options={[
                ['', all],
                ...DELIVERY_MODES.map((m) => [m, `${s[`sla.mode.${m}`]} (${MODE_CLAUSE[m]})`] as const),
              ]}
              onValue={(v) => setFilter({ ...filter, mode: v as CatalogueFilter['mode'] })}
              messages={messages}
            />
          </div>
          <p class="catalogue-added" role="status" aria-live="polite">
            {added && (
              <>
                {added.text} {added.ok && <a href={props.slaHref}>{s['catalogue.openSla']}</a>}
              </>
            )}
          </p>
        </section>

        <section class="template-section" aria-labelledby="cat-examples">
          <h2 id="cat-examples">{s['catalogue.examples']}</h2>
          <p>{s['catalogue.examplesNote']}</p>
          <p class="catalogue-count">
            {formatMessage(s['catalogue.count'], { n: examples.length, total: EXAMPLE_SERVICES.length })}
          </p>
          {examples.length === 0 && <p>{s['catalogue.none']}</p>}
          <ul class="catalogue-list">
            {examples.map((ex) => {
              const svc = exampleToService(ex, locale);
              const headingId = `cat-ex-${ex.id}`;
              return (
                <li key={ex.id} class="catalogue-card" data-service={ex.id}>
                  <h3 id={headingId}>{ex.name[locale]}</h3>
                  <p class="catalogue-card__meta">
                    <span class="catalogue-badge">{s['catalogue.example']}</span> {categories[ex.category]}
                  </p>
                  <dl>
                    <dt>{s['catalogue.field.overview']}</dt>
                    <dd>{ex.overview[locale]}</dd>
                    <dt>{s['catalogue.field.objects']}</dt>
                    <dd>{ex.objects[locale]}</dd>
                    <dt>{s['catalogue.field.contents']}</dt>
                    <dd>
                      {ex.contents
                        .map((c) => `${s[`sla.content.${c}`]} (${CONTENT_CLAUSE[c]})`)
                        .join(s['common.listSeparator'])}
                    </dd>
                    <dt>{s['catalogue.field.modes']}</dt>
                    <dd>
                      {ex.modes.map((m) => `${s[`sla.mode.${m}`]} (${MODE_CLAUSE[m]})`).join(s['common.listSeparator'])}
                    </dd>
                    <dt>{s['catalogue.field.frequency']}</dt>
                    <dd>{ex.frequency[locale]}</dd>
                    <dt>{s['catalogue.field.results']}</dt>
                    <dd>{ex.results[locale]}</dd>
                  </dl>
                  <button
                    type="button"
                    class="template-button"
                    aria-label={formatMessage(s['catalogue.addOf'], { name: svc.name })}
                    onClick={() => void addToSla(svc)}
                  >
                    {s['catalogue.add']}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>

        <section class="template-section" aria-labelledby="cat-own">
          <h2 id="cat-own">{s['catalogue.own']}</h2>
          <p>{s['catalogue.ownIntro']}</p>
          <TemplateToolbar
            model={model}
            outline={async (d, _l, _word, w) => ({
              blocks: catalogueOutline(d, w.strings, w.categories),
              pageLabel: w.strings['md.word.page'],
            })}
            loadWords={loadTemplateWords}
            locale={locale}
            languages={props.languages}
            strings={props.toolbar}
            messages={messages}
            idPrefix="cat"
            fields={{ template: 'service-catalogue', strings: { ...s, ...props.toolbar } }}
          />
          <FieldProblems.Provider value={(field, problem) => model.setFieldProblem(field, problem)}>
            <div key={model.documentId.value} inert={!ready}>
              <ol class="sla-services">
                {doc.services.map((svc, i) => (
                  <ServiceRow
                    key={i}
                    idPrefix="cat-service"
                    index={i}
                    service={svc}
                    s={s}
                    messages={messages}
                    categories={categories}
                    issues={issuesAt(issues, `services.${i}`)}
                    onChange={(patch) => setService(i, patch)}
                    onRemove={() => model.update((d) => removeCatalogueService(d, i))}
                  >
                    <button
                      type="button"
                      class="template-button"
                      disabled={svc.name.trim() === ''}
                      aria-label={formatMessage(s['catalogue.addOf'], {
                        name: svc.name || formatMessage(s['sla.service.heading'], { n: i + 1 }),
                      })}
                      onClick={() => void addToSla(svc)}
                    >
                      {s['catalogue.add']}
                    </button>
                  </ServiceRow>
                ))}
              </ol>
              <button
                type="button"
                class="template-button"
                onClick={() => model.update((d) => appendCatalogueService(d, filter.category))}
              >
                {s['sla.service.add']}
              </button>
            </div>
          </FieldProblems.Provider>
        </section>
      </div>
      <div class="template-print template-print--catalogue">
        <p class="template-print__kind">{s['catalogue.md.basis']}</p>
        <p class="template-print__title">{doc.title}</p>
        <table>
          <thead>
            <tr>
              <th>{s['sla.service.name']}</th>
              <th>{s['sla.service.category']}</th>
              <th>{s['sla.service.objects']}</th>
              <th>{s['sla.service.contents']}</th>
              <th>{s['sla.service.modes']}</th>
              <th>{s['sla.service.description']}</th>
            </tr>
          </thead>
          <tbody>
            {doc.services.map((svc, i) => (
              <tr key={i}>
                <td>{svc.name}</td>
                <td>{categories[svc.category]}</td>
                <td>{svc.objects}</td>
                <td>{svc.contents.map((c) => s[`sla.content.${c}`]).join(s['common.listSeparator'])}</td>
                <td>{svc.modes.map((m) => s[`sla.mode.${m}`]).join(s['common.listSeparator'])}</td>
                <td>{svc.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
