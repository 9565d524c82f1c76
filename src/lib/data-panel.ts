/**
 * What the "backup and trash" panel needs from the build, resolved for a page's language: its strings, the
 * templates' issue messages and names, and the item IDs each checklist page shows (to check checklist documents
 * in a backup the way their pages do).
 */
import type { Locale } from '../catalog/schema.ts';
import type { ChecklistItemIds } from '../app/backup-checks.ts';
import { dataDictionaries, type DataStrings } from '../i18n/data.ts';
import { pickStrings } from '../i18n/templates.ts';
import { checklistItems, CHECKLIST_KINDS } from '../templates/checklist.ts';
import type { IssueMessages } from '../templates/issues.ts';
import { catalog } from './catalog.ts';
import { builtTemplates, templateLinks } from './templates.ts';

export interface DataPanelProps {
  locale: Locale;
  strings: DataStrings;
  /** The templates' `issue.*` and `type.*` messages, for the problems of an unreadable template document. */
  messages: IssueMessages;
  /** Template ID → its name in the page's language. */
  templateNames: Record<string, string>;
  checklists: ChecklistItemIds;
}

export function dataPanelProps(locale: Locale): DataPanelProps {
  const elements = catalog().elements;
  const ids = (kind: (typeof CHECKLIST_KINDS)[number]) => checklistItems(kind, elements).map((i) => i.id);
  return {
    locale,
    strings: dataDictionaries[locale],
    messages: pickStrings(locale, ['issue.', 'type.']),
    templateNames: Object.fromEntries(templateLinks(builtTemplates(), locale).map((l) => [l.id, l.name])),
    checklists: { 'checklist-onsite': ids('checklist-onsite'), 'checklist-remote': ids('checklist-remote') },
  };
}
