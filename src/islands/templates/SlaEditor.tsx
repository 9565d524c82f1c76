/**
 * The SLA builder: parties and term, the services picked from the catalogue, service hours, per-priority targets
 * (prefilled with the Appendix C example), indicators, deliverables and the free-text sections an SLA must settle.
 * The sections still missing are listed just above the export buttons (export stays possible), and the draft
 * prints as an A4 document.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../catalog/schema.ts';
import type { KeysWithPrefix } from '../../i18n/templates.ts';
import type { SlaSection } from '../../templates/sla.ts';
import { issuesAt } from '../../templates/issues.ts';
import type { IssueWording } from '../../templates/issue-words.ts';
import { formatMessage } from '../../i18n/format.ts';
import { formatDuration } from '../../i18n/duration.ts';
import {
  CONTENT_CLAUSE,
  DELIVERY_CONTENTS,
  DELIVERY_MODES,
  emptyService,
  MODE_CLAUSE,
  newSlaDocument,
  SERVICE_CATEGORIES,
  serviceTable,
  slaCompleteness,
  slaKind,
  SLA_LATER_TEXT_SECTIONS,
  sourceLine,
  TARGET_MINUTES,
  type CategoryNames,
  type SlaDocument,
  type SlaService,
  type SlaTarget,
} from '../../templates/sla.ts';
import {
  appendSlaRow,
  blankDeliverable,
  blankIndicator,
  nextTarget,
  patchSlaRow,
  removeSlaRow,
  setSlaText,
  setTerm,
  toggleContent,
  toggleMode,
  type SlaList,
  type SlaRow,
  type SlaTextField,
} from '../../templates/sla-edits.ts';
import { IntegerField, SelectField, TextAreaField, TextField, RemoveButton } from './fields.tsx';
import { loadTemplateWords } from '../../templates/template-words.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { MissingSections } from './MissingSections.tsx';
import { TemplateFrame } from './TemplateFrame.tsx';
import { useDocumentModel } from './use-document-model.ts';
import { PrintMissingNote, PrintSignatures } from './print.tsx';

export type SlaStrings = Record<KeysWithPrefix<'sla.' | 'common.'>, string>;

export interface SlaEditorProps {
  locale: Locale;
  /** Example targets of Appendix C, in the page's language. */
  targets: SlaTarget[];
  strings: SlaStrings;
  toolbar: ToolbarStrings;
  messages: IssueWording;
  /** The catalogue's category names in the page's language. */
  categories: CategoryNames;
  languages: Record<Locale, string>;
  /** Link to the element page for an element ID, in the page's language. */
  elementHrefs: Record<string, string>;
}

export default function SlaEditor(props: SlaEditorProps) {
  const { locale, strings: s, messages } = props;
  const model = useDocumentModel<SlaDocument>(() => ({
    definition: slaKind,
    create: (title, now) => newSlaDocument(title, now, props.targets),
    defaultTitle: (n) => formatMessage(s['sla.defaultTitle'], { n }),
  }));
  const doc = model.document.value;
  const issues = model.issues.value;
  const missing = slaCompleteness(doc);
  const categories = props.categories;

  const setText = (field: SlaTextField, value: string) => model.update((d) => setSlaText(d, field, value));
  const setRow = <K extends SlaList>(list: K, index: number, patch: Partial<SlaRow<K>>) =>
    model.update((d) => patchSlaRow(d, list, index, patch));
  const removeRow = (list: SlaList, index: number) => model.update((d) => removeSlaRow(d, list, index));

  const warning = (
    <MissingSections
      idPrefix="sla"
      heading={s['sla.missing.heading']}
      none={s['sla.missing.none']}
      intro={s['sla.missing.intro']}
      items={missing.map((m) => ({
        section: m.section,
        label: s[`sla.section.${m.section}`],
        source:
          m.element && props.elementHrefs[m.element] ? (
            <>
              ({m.clause}
              {s['common.listSeparator']}
              <a href={props.elementHrefs[m.element]}>{m.element}</a>)
            </>
          ) : (
            `(${m.clause})`
          ),
      }))}
    />
  );

  const heading = (section: SlaSection) => (
    <h2 id={`sla-${section}`} tabIndex={-1}>
      {s[`sla.section.${section}`]}
    </h2>
  );

  return (
    <TemplateFrame
      kind="sla"
      model={model}
      toolbar={
        <TemplateToolbar
          model={model}
          outline={(d, _l, word, w) =>
            import('../../templates/sla-outline.ts').then(({ slaOutline }) => ({
              blocks: slaOutline(d, w.strings, w.categories, undefined, word),
              pageLabel: w.strings['md.word.page'],
            }))
          }
          loadWords={loadTemplateWords}
          locale={locale}
          languages={props.languages}
          strings={props.toolbar}
          messages={messages}
          idPrefix="sla"
          exportWarning={warning}
          fields={{ template: 'sla', strings: { ...s, ...props.toolbar } }}
        />
      }
      print={<SlaPrint doc={doc} s={s} categories={categories} />}
    >
      <section class="template-section" aria-labelledby="sla-parties">
        <h2 id="sla-parties">{s['sla.parties']}</h2>
        <div class="sla-grid">
          <TextField
            id="sla-supplier"
            label={s['sla.supplier']}
            value={doc.supplier}
            onValue={(supplier) => setText('supplier', supplier)}
            issues={issuesAt(issues, 'supplier')}
            messages={messages}
          />
          <TextField
            id="sla-customer"
            label={s['sla.customer']}
            value={doc.customer}
            onValue={(customer) => setText('customer', customer)}
            issues={issuesAt(issues, 'customer')}
            messages={messages}
          />
        </div>
      </section>

      <section class="template-section" aria-labelledby="sla-services">
        {heading('services')}
        <p>{s['sla.services.intro']}</p>
        {doc.services.length === 0 && <p class="sla-empty">{s['sla.services.empty']}</p>}
        <ol class="sla-services">
          {doc.services.map((svc, i) => (
            <ServiceRow
              key={i}
              index={i}
              service={svc}
              s={s}
              messages={messages}
              categories={categories}
              issues={issuesAt(issues, `services.${i}`)}
              onChange={(patch) => setRow('services', i, patch)}
              onRemove={() => removeRow('services', i)}
            />
          ))}
        </ol>
        <button
          type="button"
          class="template-button"
          onClick={() => model.update((d) => appendSlaRow(d, 'services', emptyService()))}
        >
          {s['sla.service.add']}
        </button>
      </section>

      <section class="template-section" aria-labelledby="sla-serviceHours">
        {heading('serviceHours')}
        <TextAreaField
          id="sla-field-serviceHours"
          label={s['sla.section.serviceHours']}
          hint={s['sla.hint.serviceHours']}
          value={doc.serviceHours}
          onValue={(serviceHours) => setText('serviceHours', serviceHours)}
          issues={issuesAt(issues, 'serviceHours')}
          messages={messages}
        />
      </section>

      <section class="template-section" aria-labelledby="sla-targets">
        {heading('targets')}
        <p class="template-field__hint">{s['sla.targets.note']}</p>
        {doc.targets.map((t, i) => (
          <fieldset class="sla-row" key={i}>
            <legend>{formatMessage(s['sla.target.row'], { n: i + 1 })}</legend>
            <TextField
              id={`sla-target-${i}-priority`}
              label={s['sla.target.priority']}
              value={t.priority}
              onValue={(priority) => setRow('targets', i, { priority })}
              issues={issuesAt(issues, `targets.${i}.priority`)}
              messages={messages}
            />
            <IntegerField
              id={`sla-target-${i}-response`}
              label={s['sla.target.response']}
              value={t.responseMinutes}
              min={TARGET_MINUTES.responseMinutes.min}
              max={TARGET_MINUTES.responseMinutes.max}
              onValue={(responseMinutes) => setRow('targets', i, { responseMinutes })}
              issues={issuesAt(issues, `targets.${i}.responseMinutes`)}
              messages={messages}
            />
            <IntegerField
              id={`sla-target-${i}-resolution`}
              label={s['sla.target.resolution']}
              value={t.resolutionMinutes}
              min={TARGET_MINUTES.resolutionMinutes.min}
              max={TARGET_MINUTES.resolutionMinutes.max}
              onValue={(resolutionMinutes) => setRow('targets', i, { resolutionMinutes })}
              issues={issuesAt(issues, `targets.${i}.resolutionMinutes`)}
              messages={messages}
            />
            <RemoveButton
              label={formatMessage(s['sla.target.remove'], { n: i + 1 })}
              onClick={() => removeRow('targets', i)}
            />
          </fieldset>
        ))}
        <button
          type="button"
          class="template-button"
          onClick={() => model.update((d) => appendSlaRow(d, 'targets', nextTarget(d)))}
        >
          {s['sla.target.add']}
        </button>
      </section>

      <section class="template-section" aria-labelledby="sla-indicators">
        {heading('indicators')}
        {doc.indicators.map((ind, i) => (
          <fieldset class="sla-row" key={i}>
            <legend>{formatMessage(s['sla.indicator.row'], { n: i + 1 })}</legend>
            {(['name', 'target', 'calculation'] as const).map((f) => (
              <TextField
                key={f}
                id={`sla-indicator-${i}-${f}`}
                label={s[`sla.indicator.${f}`]}
                value={ind[f]}
                onValue={(v) => setRow('indicators', i, { [f]: v })}
                issues={issuesAt(issues, `indicators.${i}.${f}`)}
                messages={messages}
                class={f === 'calculation' ? 'template-field--wide' : undefined}
              />
            ))}
            <RemoveButton
              label={formatMessage(s['sla.indicator.remove'], { n: i + 1 })}
              onClick={() => removeRow('indicators', i)}
            />
          </fieldset>
        ))}
        <button
          type="button"
          class="template-button"
          onClick={() => model.update((d) => appendSlaRow(d, 'indicators', blankIndicator()))}
        >
          {s['sla.indicator.add']}
        </button>
      </section>

      <section class="template-section" aria-labelledby="sla-deliverables">
        {heading('deliverables')}
        {doc.deliverables.map((del, i) => (
          <fieldset class="sla-row" key={i}>
            <legend>{formatMessage(s['sla.deliverable.row'], { n: i + 1 })}</legend>
            {(['name', 'frequency', 'recipient'] as const).map((f) => (
              <TextField
                key={f}
                id={`sla-deliverable-${i}-${f}`}
                label={s[`sla.deliverable.${f}`]}
                value={del[f]}
                onValue={(v) => setRow('deliverables', i, { [f]: v })}
                issues={issuesAt(issues, `deliverables.${i}.${f}`)}
                messages={messages}
              />
            ))}
            <RemoveButton
              label={formatMessage(s['sla.deliverable.remove'], { n: i + 1 })}
              onClick={() => removeRow('deliverables', i)}
            />
          </fieldset>
        ))}
        <button
          type="button"
          class="template-button"
          onClick={() => model.update((d) => appendSlaRow(d, 'deliverables', blankDeliverable()))}
        >
          {s['sla.deliverable.add']}
        </button>
      </section>

      {SLA_LATER_TEXT_SECTIONS.map((key) => (
        <section class="template-section" aria-labelledby={`sla-${key}`} key={key}>
          {heading(key)}
          <TextAreaField
            id={`sla-field-${key}`}
            label={s[`sla.section.${key}`]}
            hint={s[`sla.hint.${key}`]}
            value={doc[key]}
            onValue={(v) => setText(key, v)}
            issues={issuesAt(issues, key)}
            messages={messages}
          />
        </section>
      ))}

      <section class="template-section" aria-labelledby="sla-term">
        {heading('term')}
        <div class="sla-grid">
          {(['start', 'end'] as const).map((f) => (
            <TextField
              key={f}
              id={`sla-term-${f}`}
              type="date"
              label={s[`sla.term.${f}`]}
              value={doc.term[f]}
              onValue={(v) => model.update((d) => setTerm(d, f, v))}
              issues={issuesAt(issues, `term.${f}`)}
              messages={messages}
            />
          ))}
        </div>
      </section>
    </TemplateFrame>
  );
}

/** One service of a list (SLA draft or own catalogue): its fields and a remove button, then `children`. */
export function ServiceRow({
  index,
  service,
  s,
  messages,
  categories,
  issues,
  onChange,
  onRemove,
  idPrefix = 'sla-service',
  children,
}: {
  idPrefix?: string;
  children?: ComponentChildren;
  index: number;
  service: SlaService;
  s: SlaStrings;
  messages: IssueWording;
  categories: CategoryNames;
  issues: ReturnType<typeof issuesAt>;
  onChange: (patch: Partial<SlaService>) => void;
  onRemove: () => void;
}) {
  const id = `${idPrefix}-${index}`;
  const at = (f: string) => issuesAt(issues, `services.${index}.${f}`);
  return (
    <li class="sla-service" data-service={index}>
      <h3 id={`${id}-heading`}>
        {formatMessage(s['sla.service.heading'], { n: index + 1 })}
        {service.name ? `${s['common.colon']}${service.name}` : ''}
      </h3>
      <div class="sla-grid">
        <TextField
          id={`${id}-name`}
          label={s['sla.service.name']}
          value={service.name}
          onValue={(name) => onChange({ name })}
          issues={at('name')}
          messages={messages}
        />
        <SelectField
          id={`${id}-category`}
          label={s['sla.service.category']}
          value={service.category}
          options={SERVICE_CATEGORIES.map((c) => [c, categories[c]] as const)}
          onValue={(category) => onChange({ category: category as SlaService['category'] })}
          issues={at('category')}
          messages={messages}
        />
        <TextField
          id={`${id}-objects`}
          label={s['sla.service.objects']}
          value={service.objects}
          onValue={(objects) => onChange({ objects })}
          issues={at('objects')}
          messages={messages}
          class="template-field--wide"
        />
      </div>
      <fieldset class="sla-checks">
        <legend>{s['sla.service.contents']}</legend>
        {DELIVERY_CONTENTS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={service.contents.includes(c)}
              onChange={(e) => onChange(toggleContent(service, c, e.currentTarget.checked))}
            />{' '}
            {s[`sla.content.${c}`]} ({CONTENT_CLAUSE[c]})
          </label>
        ))}
      </fieldset>
      <fieldset class="sla-checks">
        <legend>{s['sla.service.modes']}</legend>
        {DELIVERY_MODES.map((m) => (
          <label key={m}>
            <input
              type="checkbox"
              checked={service.modes.includes(m)}
              onChange={(e) => onChange(toggleMode(service, m, e.currentTarget.checked))}
            />{' '}
            {s[`sla.mode.${m}`]} ({MODE_CLAUSE[m]})
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={`${id}-description`}
        label={s['sla.service.description']}
        value={service.description}
        onValue={(description) => onChange({ description })}
        issues={at('description')}
        messages={messages}
        rows={2}
      />
      <div class="sla-service__actions">
        <RemoveButton label={formatMessage(s['sla.service.remove'], { n: index + 1 })} onClick={onRemove} />
        {children}
      </div>
    </li>
  );
}

/** The draft as a printed document: every section, "to be agreed" where empty, and two signature lines. */
function SlaPrint({ doc, s, categories }: { doc: SlaDocument; s: SlaStrings; categories: CategoryNames }) {
  const sep = s['common.listSeparator'];
  const tbd = <p class="print-tbd">{s['sla.md.tbd']}</p>;
  const para = (v: string) => (v.trim() ? <p class="print-text">{v}</p> : tbd);
  const missing = slaCompleteness(doc);
  let n = 0;
  const h = (key: SlaSection) => (
    <p class="template-print__heading">
      {++n}. {s[`sla.section.${key}`]}
    </p>
  );
  const table = (head: string[], rows: string[][]) =>
    rows.length === 0 ? (
      tbd
    ) : (
      <table>
        <thead>
          <tr>
            {head.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  const minutes = (m: number) => formatDuration(m, s);
  const services = serviceTable(doc.services, s, categories, false);
  return (
    <div class="template-print template-print--sla">
      <p class="template-print__kind">{s['sla.md.basis']}</p>
      <p class="template-print__title">{doc.title}</p>
      {table(
        [s['sla.supplier'], s['sla.customer'], s['sla.term.start'], s['sla.term.end']],
        [[doc.supplier, doc.customer, doc.term.start, doc.term.end]],
      )}
      {h('services')}
      {table(services.header, services.rows)}
      {h('serviceHours')}
      {para(doc.serviceHours)}
      {h('targets')}
      {table(
        [s['sla.target.priority'], s['sla.target.response'], s['sla.target.resolution']],
        doc.targets.map((t) => [t.priority, minutes(t.responseMinutes), minutes(t.resolutionMinutes)]),
      )}
      {h('indicators')}
      {table(
        [s['sla.indicator.name'], s['sla.indicator.target'], s['sla.indicator.calculation']],
        doc.indicators.map((i) => [i.name, i.target, i.calculation]),
      )}
      {h('deliverables')}
      {table(
        [s['sla.deliverable.name'], s['sla.deliverable.frequency'], s['sla.deliverable.recipient']],
        doc.deliverables.map((d) => [d.name, d.frequency, d.recipient]),
      )}
      {SLA_LATER_TEXT_SECTIONS.map((key) => (
        <div key={key}>
          {h(key)}
          {para(doc[key])}
        </div>
      ))}
      {h('term')}
      {doc.term.start || doc.term.end ? (
        <p>{formatMessage(s['sla.md.term'], { start: doc.term.start || '—', end: doc.term.end || '—' })}</p>
      ) : (
        tbd
      )}
      <PrintMissingNote
        heading={s['sla.missing.heading']}
        colon={s['common.colon']}
        lines={missing.map((m) => sourceLine(m, s))}
        separator={sep}
      />
      <PrintSignatures
        colon={s['common.colon']}
        lines={[{ label: s['sla.print.signatures'] }, { label: s['sla.print.customerSignature'] }]}
      />
    </div>
  );
}
