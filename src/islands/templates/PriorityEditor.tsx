/**
 * The priority and escalation template (Appendix C): a calculator for one request, the scheme behind it (matrix,
 * levels, targets, thresholds, service hours), the shared toolbar, and a print layout. Strings arrive resolved;
 * the example defaults arrive from the catalog. This island only wires the parts in `priority/` to the document
 * model: every computation is in `src/templates/priority*.ts`, every edit in `src/templates/priority-edits.ts`.
 */
import type { Locale } from '../../catalog/schema.ts';
import { formatMessage } from '../../i18n/format.ts';
import {
  calculate,
  newPriorityDocument,
  priorityKind,
  type PriorityDocument,
  type PriorityScheme,
} from '../../templates/priority-document.ts';
import { Calculator } from './priority/Calculator.tsx';
import { Levels } from './priority/Levels.tsx';
import { Matrix } from './priority/Matrix.tsx';
import { PriorityPrint } from './priority/PriorityPrint.tsx';
import { ServiceHoursFields, ThresholdFields } from './priority/ServiceHours.tsx';
import type { PartProps, PriorityStrings } from './priority/shared.tsx';
import { Targets } from './priority/Targets.tsx';
import { loadTemplateWords } from '../../templates/template-words.ts';
import TemplateToolbar, { type ToolbarStrings } from './TemplateToolbar.tsx';
import { TemplateFrame } from './TemplateFrame.tsx';
import { useDocumentModel } from './use-document-model.ts';
import type { IssueWording } from '../../templates/issue-words.ts';

export interface PriorityEditorProps {
  locale: Locale;
  /** The catalog's example in the page's language: what a new document starts from. */
  defaults: PriorityScheme;
  strings: PriorityStrings;
  toolbar: ToolbarStrings;
  messages: IssueWording;
  languages: Record<Locale, string>;
  /** The "example, not from the standard" label, repeated on the printout. */
  exampleNote: string;
}

export default function PriorityEditor(props: PriorityEditorProps) {
  const { locale, defaults, strings: s, messages } = props;
  const model = useDocumentModel<PriorityDocument>(() => ({
    definition: priorityKind,
    create: (title, now) => newPriorityDocument(defaults, title, now),
    defaultTitle: (n) => formatMessage(s['priority.defaultTitle'], { n }),
  }));

  const doc = model.document.value;
  const issues = model.issues.value;
  // The calculation needs a valid scheme; the document's name and the request are checked on their own.
  const schemeValid = !issues.some((i) => !i.path.startsWith('title') && !i.path.startsWith('request'));
  const calc = calculate(doc, schemeValid);
  const part: PartProps = { doc, update: (edit) => model.update(edit), s, issues, messages };

  return (
    <TemplateFrame
      kind="priority"
      model={model}
      toolbar={
        <TemplateToolbar
          model={model}
          outline={(d, _l, _word, w) =>
            import('../../templates/priority-outline.ts').then(({ priorityOutline }) => ({
              blocks: priorityOutline(d, w.strings, schemeValid),
              pageLabel: w.strings['md.word.page'],
            }))
          }
          loadWords={loadTemplateWords}
          locale={locale}
          languages={props.languages}
          strings={props.toolbar}
          messages={messages}
          idPrefix="pr"
          fields={{ template: 'priority', strings: { ...s, ...props.toolbar } }}
        />
      }
      print={<PriorityPrint doc={doc} calc={calc} s={s} exampleNote={props.exampleNote} />}
    >
      <Calculator {...part} calc={calc} />
      <section class="template-section" aria-labelledby="pr-settings">
        <h2 id="pr-settings">{s['priority.settings']}</h2>
        <Matrix {...part} />
        <Levels {...part} />
        <Targets {...part} />
        <ThresholdFields {...part} />
        <ServiceHoursFields {...part} />
      </section>
    </TemplateFrame>
  );
}
