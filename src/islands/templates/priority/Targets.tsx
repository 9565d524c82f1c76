/**
 * Each priority's name and targets, a priority inserted above any other or removed from anywhere, and one added
 * or removed at the end.
 */
import { issuesAt } from '../../../templates/issues.ts';
import { formatMessage } from '../../../i18n/format.ts';
import { formatDuration } from '../../../i18n/duration.ts';
import { MAX_TARGET_MINUTES, type PriorityDocument } from '../../../templates/priority-document.ts';
import {
  canInsertPriority,
  canRemovePriority,
  insertPriority,
  removePriority,
  setPriority,
} from '../../../templates/priority-edits.ts';
import { IntegerField, TextField } from '../fields.tsx';
import { HiddenLabel, useFocusAfterRender, type PartProps } from './shared.tsx';

export function Targets({ doc, update, s, issues, messages }: PartProps) {
  const focusLater = useFocusAfterRender(doc);
  const nameId = (i: number) => `pr-priority-${i}-name`;
  const insert = (d: PriorityDocument, index: number) =>
    insertPriority(d, index, (id) => formatMessage(s['priority.newPriority'], { id }));
  const insertAbove = (index: number) => {
    update((d) => insert(d, index));
    focusLater(nameId(index));
  };
  const removeHere = (index: number) => {
    update((d) => removePriority(d, index));
    focusLater(nameId(Math.min(index, doc.priorities.length - 2)));
  };
  return (
    <>
      <h3>{s['priority.targetsHeading']}</h3>
      <p>{s['priority.targetsIntro']}</p>
      {doc.priorities.map((p, i) => (
        <fieldset class="template-fieldset priority-target" key={p.id}>
          <legend>{p.id}</legend>
          <div class="template-row">
            <TextField
              id={nameId(i)}
              label={
                <HiddenLabel
                  visible={s['priority.priorityName']}
                  full={formatMessage(s['priority.fieldOf'], { id: p.id, field: s['priority.priorityName'] })}
                />
              }
              value={p.name}
              onValue={(name) => update((d) => setPriority(d, i, { name }))}
              issues={issuesAt(issues, `priorities.${i}.name`).concat(issuesAt(issues, `priorities.${i}.id`))}
              messages={messages}
              class="template-field--narrow"
            />
            {(['responseMinutes', 'resolutionMinutes'] as const).map((field) => (
              <IntegerField
                key={field}
                id={`pr-priority-${i}-${field}`}
                label={
                  <HiddenLabel
                    visible={s[`priority.${field}`]}
                    full={formatMessage(s['priority.fieldOf'], { id: p.id, field: s[`priority.${field}`] })}
                  />
                }
                value={p[field]}
                min={1}
                max={MAX_TARGET_MINUTES}
                onValue={(n) => update((d) => setPriority(d, i, { [field]: n }))}
                hint={`= ${formatDuration(p[field], s)}`}
                issues={issuesAt(issues, `priorities.${i}.${field}`)}
                messages={messages}
              />
            ))}
          </div>
          <div class="template-toolbar__buttons priority-row-actions">
            <button
              type="button"
              class="template-button"
              disabled={!canInsertPriority(doc)}
              aria-label={formatMessage(s['priority.insertPriorityAbove'], { id: p.id })}
              onClick={() => insertAbove(i)}
            >
              {s['priority.insertAbove']}
            </button>
            <button
              type="button"
              class="template-button template-button--danger"
              disabled={!canRemovePriority(doc)}
              aria-label={formatMessage(s['priority.removePriorityAt'], { id: p.id })}
              onClick={() => removeHere(i)}
            >
              {s['priority.remove']}
            </button>
          </div>
        </fieldset>
      ))}
      <div class="template-toolbar__buttons">
        <button
          type="button"
          class="template-button"
          disabled={!canInsertPriority(doc)}
          onClick={() => update((d) => insert(d, d.priorities.length))}
        >
          {s['priority.addPriority']}
        </button>
        <button
          type="button"
          class="template-button"
          disabled={!canRemovePriority(doc)}
          onClick={() => update((d) => removePriority(d, d.priorities.length - 1))}
        >
          {s['priority.removePriority']}
        </button>
      </div>
    </>
  );
}
