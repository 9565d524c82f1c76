/**
 * Plans and reports: pick the kind, fill in the document details, then each section the kind defines (free text,
 * a list of items or a table), each labelled with its clause and element or as our suggestion. The required
 * sections still empty are listed just above the export buttons (export stays possible), and the document prints
 * as an A4 page.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../catalog/schema.ts';
import { issuesAt } from '../../templates/issues.ts';
import type { IssueWording } from '../../templates/issue-words.ts';
import { formatMessage } from '../../i18n/format.ts';
import {
  kindOf,
  LONG_COLUMNS,
  resolvePlanKinds,
  SECTION_FIELDS,
  type ColumnId,
  type PlanKindId,
  type ResolvedPlanKinds,
  type ResolvedPlanSection,
  type SectionField,
  type SectionId,
} from '../../templates/plan-structure.ts';
import {
  HEADER_FIELDS,
  headerRows,
  hiddenSections,
  itemsOf,
  missingLine,
  newPlansDocument,
  plansCompleteness,
  plansKind,
  rowsOf,
  sectionFilled,
  sectionSourceLine,
  sectionTable,
  textOf,
  type PlansDocument,
  type PlansStrings,
  type TableRow,
} from '../../templates/plans.ts';
import {
  appendItem,
  appendRow,
  removeItem,
  removeRow,
  setCell,
  setItem,
  setPlansHeader,
  setPlansKind,
  setSection,
} from '../../templates/plans-edits.ts';
import { SelectField, TextAreaField, TextField, RemoveButton } from './fields.tsx';
import { loadTemplateWords } from '../../templates/template-words.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { MissingSections } from './MissingSections.tsx';
import { TemplateFrame } from './TemplateFrame.tsx';
import { useDocumentModel } from './use-document-model.ts';
import { PrintMissingNote, PrintSignatures } from './print.tsx';

export interface PlansEditorProps {
  locale: Locale;
  strings: PlansStrings;
  toolbar: ToolbarStrings;
  messages: IssueWording;
  languages: Record<Locale, string>;
  /** Link to the element page for an element ID, in the page's language. */
  elementHrefs: Record<string, string>;
  /**
   * Every plan kind, in the editor's order, and the column headings, in the page's language (another language's
   * words are fetched on export and put together with the same kinds).
   */
  kinds: ResolvedPlanKinds;
}

/** Applies an edit to the open document (`DocumentModel.update`); the edits are in `src/templates/plans-edits.ts`. */
type Update = (edit: (doc: PlansDocument) => PlansDocument) => void;

export default function PlansEditor(props: PlansEditorProps) {
  const { locale, strings: s, messages, kinds } = props;
  const model = useDocumentModel<PlansDocument>(() => ({
    definition: plansKind,
    create: (title, now) => newPlansDocument(title, now),
    defaultTitle: (n) => formatMessage(s['plans.defaultTitle'], { n }),
  }));
  const doc = model.document.value;
  const issues = model.issues.value;
  const kind = kindOf(kinds.kinds, doc.kind);
  const missing = plansCompleteness(doc, kinds.kinds);
  const hidden = hiddenSections(doc, kinds.kinds);

  const update: Update = (edit) => model.update(edit);

  const elementLink = (id: string) => (props.elementHrefs[id] ? <a href={props.elementHrefs[id]}>{id}</a> : <>{id}</>);
  const sourceOf = (source: { clause: string; element?: string }) =>
    source.element ? (
      <>
        {source.clause}
        {s['common.listSeparator']}
        {elementLink(source.element)}
      </>
    ) : (
      source.clause
    );

  const warning = (
    <MissingSections
      idPrefix="plans"
      className="plans-missing"
      heading={s['plans.missing.heading']}
      none={s['plans.missing.none']}
      intro={s['plans.missing.intro']}
      items={missing.map((m) => ({
        section: m.section,
        label: kind.sections.find((x) => x.id === m.section)?.title ?? m.section,
        source: <>({sourceOf(m)})</>,
      }))}
    />
  );

  return (
    <TemplateFrame
      kind="plans"
      model={model}
      toolbar={
        <TemplateToolbar
          model={model}
          outline={(d, _locale, word, w) =>
            import('../../templates/plans-outline.ts').then(({ plansOutline }) => ({
              blocks: plansOutline(d, w.kinds, w.strings, undefined, word),
              pageLabel: w.strings['md.word.page'],
            }))
          }
          loadWords={(l: Locale) =>
            loadTemplateWords(l).then((w) => ({
              strings: w.strings,
              kinds: resolvePlanKinds(kinds.kinds, w.planKinds),
            }))
          }
          locale={locale}
          languages={props.languages}
          strings={props.toolbar}
          messages={messages}
          idPrefix="plans"
          exportWarning={warning}
          fields={{
            template: 'plans',
            strings: { ...s, ...props.toolbar },
            named: Object.fromEntries(kind.sections.map((section) => [`sections.${section.id}`, section.title])),
          }}
        />
      }
      print={<PlansPrint doc={doc} kinds={kinds} s={s} />}
    >
      <section class="template-section" aria-labelledby="plans-details">
        <h2 id="plans-details">{s['plans.details']}</h2>
        <SelectField
          id="plans-kind"
          label={s['plans.kind']}
          value={doc.kind}
          options={kinds.kinds.map((k) => [k.id, `${k.name} (${k.clause})`] as const)}
          onValue={(value) => update((d) => setPlansKind(d, value as PlanKindId))}
          issues={issuesAt(issues, 'kind')}
          messages={messages}
        />
        <p class="template-field__hint">{s['plans.kindHint']}</p>
        <div class="plans-kind" data-kind={kind.id}>
          <p>{kind.purpose}</p>
          <p class="plans-kind__elements">
            {formatMessage(s['plans.kindClause'], { clause: kind.clause })}{' '}
            {kind.elements.map((id, i) => (
              <>
                {i > 0 && s['common.listSeparator']}
                {elementLink(id)}
              </>
            ))}
          </p>
          {kind.note && <p class="plans-kind__note">{kind.note}</p>}
        </div>
        {hidden.length > 0 && (
          <p class="plans-hidden" data-hidden={hidden.join(' ')}>
            {formatMessage(s['plans.hidden'], { n: hidden.length })}
          </p>
        )}
        <div class="sla-grid">
          {HEADER_FIELDS.map((f) => (
            <TextField
              key={f}
              id={`plans-header-${f}`}
              type={f === 'date' ? 'date' : 'text'}
              label={s[`plans.header.${f}`]}
              value={doc[f]}
              onValue={(v) => update((d) => setPlansHeader(d, f, v))}
              issues={issuesAt(issues, f)}
              messages={messages}
            />
          ))}
        </div>
      </section>

      {kind.sections.map((section) => (
        <SectionEditor
          key={section.id}
          section={section}
          doc={doc}
          columns={kinds.columns}
          s={s}
          messages={messages}
          issues={issuesAt(issues, `sections.${section.id}`)}
          source={
            section.suggested ? (
              <span class="plans-suggested">{formatMessage(s['plans.suggested'], { clause: section.clause })}</span>
            ) : (
              <>
                {formatMessage(s['plans.source'], { source: '' })}
                {sourceOf(section)}
              </>
            )
          }
          update={update}
        />
      ))}
    </TemplateFrame>
  );
}

/** One section: its heading, where it comes from, its hint and its field. */
function SectionEditor({
  section,
  doc,
  columns,
  s,
  messages,
  issues,
  source,
  update,
}: {
  section: ResolvedPlanSection;
  doc: PlansDocument;
  columns: ResolvedPlanKinds['columns'];
  s: PlansStrings;
  messages: IssueWording;
  issues: ReturnType<typeof issuesAt>;
  source: ComponentChildren;
  update: Update;
}) {
  const field: SectionField = SECTION_FIELDS[section.id];
  const title = section.title;
  const id = `plans-${section.id}`;
  const path = `sections.${section.id}`;
  const hint = section.hint;
  return (
    <section
      class="template-section plans-section"
      aria-labelledby={id}
      data-section={section.id}
      data-suggested={section.suggested ? 'true' : undefined}
    >
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      <p class="plans-source">{source}</p>
      {field.type === 'text' && (
        <TextAreaField
          id={`${id}-text`}
          label={title}
          hint={hint}
          value={textOf(doc, section.id)}
          onValue={(text) => update((d) => setSection(d, section.id, text))}
          issues={issuesAt(issues, path)}
          messages={messages}
          rows={4}
        />
      )}
      {field.type === 'list' && (
        <ListEditor
          id={id}
          section={section.id}
          title={title}
          hint={hint}
          items={itemsOf(doc, section.id)}
          s={s}
          messages={messages}
          issues={issues}
          path={path}
          update={update}
        />
      )}
      {field.type === 'table' && (
        <TableEditor
          id={id}
          section={section.id}
          title={title}
          hint={hint}
          columns={field.columns}
          rows={rowsOf(doc, section.id)}
          titles={columns}
          s={s}
          messages={messages}
          issues={issues}
          path={path}
          update={update}
        />
      )}
    </section>
  );
}

function ListEditor({
  id,
  section,
  title,
  hint,
  items,
  s,
  messages,
  issues,
  path,
  update,
}: {
  id: string;
  section: SectionId;
  title: string;
  hint: string;
  items: string[];
  s: PlansStrings;
  messages: IssueWording;
  issues: ReturnType<typeof issuesAt>;
  path: string;
  update: Update;
}) {
  return (
    <>
      <p id={`${id}-hint`} class="template-field__hint">
        {hint}
      </p>
      {items.length === 0 && <p class="plans-empty">{s['plans.empty']}</p>}
      <ol class="plans-list">
        {items.map((item, i) => (
          <li key={i} class="plans-list__item">
            <TextField
              id={`${id}-${i}`}
              label={formatMessage(s['plans.item'], { section: title, n: i + 1 })}
              value={item}
              onValue={(v) => update((d) => setItem(d, section, i, v))}
              issues={issuesAt(issues, `${path}.${i}`)}
              messages={messages}
            />
            <RemoveButton
              label={formatMessage(s['plans.removeItem'], { n: i + 1 })}
              onClick={() => update((d) => removeItem(d, section, i))}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="template-button"
        aria-label={formatMessage(s['plans.addItemOf'], { section: title })}
        onClick={() => update((d) => appendItem(d, section))}
      >
        {s['plans.addItem']}
      </button>
    </>
  );
}

function TableEditor({
  id,
  section,
  title,
  hint,
  columns,
  rows,
  titles,
  s,
  messages,
  issues,
  path,
  update,
}: {
  id: string;
  section: SectionId;
  title: string;
  hint: string;
  columns: readonly ColumnId[];
  rows: TableRow[];
  titles: ResolvedPlanKinds['columns'];
  s: PlansStrings;
  messages: IssueWording;
  issues: ReturnType<typeof issuesAt>;
  path: string;
  update: Update;
}) {
  const changeCell = (i: number, column: ColumnId, value: string) =>
    update((d) => setCell(d, section, i, column, value));
  return (
    <>
      <p id={`${id}-hint`} class="template-field__hint">
        {hint}
      </p>
      {rows.length === 0 && <p class="plans-empty">{s['plans.empty']}</p>}
      {rows.map((row, i) => (
        <fieldset class="sla-row plans-row" key={i}>
          <legend>{formatMessage(s['plans.row'], { section: title, n: i + 1 })}</legend>
          {columns.map((c) =>
            LONG_COLUMNS.has(c) ? (
              <TextAreaField
                key={c}
                id={`${id}-${i}-${c}`}
                label={titles[c]}
                value={row[c] ?? ''}
                onValue={(v) => changeCell(i, c, v)}
                issues={issuesAt(issues, `${path}.${i}.${c}`)}
                messages={messages}
                rows={2}
                class="plans-row__long"
              />
            ) : (
              <TextField
                key={c}
                id={`${id}-${i}-${c}`}
                type={c === 'date' ? 'date' : 'text'}
                label={titles[c]}
                value={row[c] ?? ''}
                onValue={(v) => changeCell(i, c, v)}
                issues={issuesAt(issues, `${path}.${i}.${c}`)}
                messages={messages}
              />
            ),
          )}
          <RemoveButton
            label={formatMessage(s['plans.removeRow'], { n: i + 1 })}
            onClick={() => update((d) => removeRow(d, section, i))}
          />
        </fieldset>
      ))}
      <button
        type="button"
        class="template-button"
        aria-label={formatMessage(s['plans.addRowOf'], { section: title })}
        onClick={() => update((d) => appendRow(d, section))}
      >
        {s['plans.addRow']}
      </button>
    </>
  );
}

/** The document as printed: kind and basis, the details, every section of its kind, then two signature lines. */
function PlansPrint({ doc, kinds, s }: { doc: PlansDocument; kinds: ResolvedPlanKinds; s: PlansStrings }) {
  const kind = kindOf(kinds.kinds, doc.kind);
  const empty = <p class="print-tbd">{s['plans.md.empty']}</p>;
  const missing = plansCompleteness(doc, kinds.kinds);
  const header = headerRows(doc, s);
  // Two header fields to a row of the printed job sheet.
  const headerPairs = header.flatMap((field, i) => (i % 2 ? [] : [[field, header[i + 1]] as const]));
  const body = (section: ResolvedPlanSection) => {
    if (!sectionFilled(doc, section.id)) return empty;
    const field: SectionField = SECTION_FIELDS[section.id];
    if (field.type === 'text') return <p class="print-text">{textOf(doc, section.id)}</p>;
    if (field.type === 'list')
      return (
        <ol class="print-list">
          {itemsOf(doc, section.id)
            .filter((item) => item.trim())
            .map((item, i) => (
              <li key={i}>{item}</li>
            ))}
        </ol>
      );
    const table = sectionTable(doc, section.id, kinds.columns);
    return (
      <table>
        <thead>
          <tr>
            {table.header.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} class="print-text">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };
  return (
    <div class="template-print template-print--plans">
      <p class="template-print__kind">
        {formatMessage(s['plans.md.basis'], {
          kind: kind.name,
          source: [kind.clause, kind.elements.join(s['common.listSeparator'])].join(s['common.listSeparator']),
        })}
      </p>
      <p class="template-print__title">{doc.title}</p>
      <table class="print-job">
        <tbody>
          {headerPairs.map(([[leftName, leftValue], right], i) => (
            <tr key={i}>
              <th>{leftName}</th>
              <td>{leftValue}</td>
              {right ? (
                <>
                  <th>{right[0]}</th>
                  <td>{right[1]}</td>
                </>
              ) : (
                <td colSpan={2} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {kind.note && <p class="print-requirement">{kind.note}</p>}
      {kind.sections.map((section, i) => (
        <div key={section.id} class="print-section" data-section={section.id}>
          <p class="template-print__heading">
            {i + 1}. {section.title} <span class="print-source">{sectionSourceLine(section, s)}</span>
          </p>
          {body(section)}
        </div>
      ))}
      <PrintMissingNote
        heading={s['plans.missing.heading']}
        colon={s['common.colon']}
        lines={missing.map((m) => missingLine(m, kinds, s, doc.kind))}
        separator={s['common.listSeparator']}
      />
      <PrintSignatures
        colon={s['common.colon']}
        lines={[{ label: s['plans.print.author'] }, { label: s['plans.print.approver'] }]}
      />
    </div>
  );
}
