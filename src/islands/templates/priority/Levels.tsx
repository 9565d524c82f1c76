/**
 * The levels of impact (the matrix's rows) and of urgency (its columns): each level's name and description, a
 * level inserted above any row or removed from any row, and one added or removed at the end.
 */
import { issuesAt } from '../../../templates/issues.ts';
import type { PriorityDocument } from '../../../templates/priority-document.ts';
import { formatMessage } from '../../../i18n/format.ts';
import {
  canInsertLevel,
  canRemoveLevel,
  insertLevel,
  removeLevel,
  setLevel,
  type LevelField,
} from '../../../templates/priority-edits.ts';
import { FieldError, TextField } from '../fields.tsx';
import { HiddenLabel, useFocusAfterRender, type PartProps } from './shared.tsx';

export function Levels(props: PartProps) {
  return (
    <>
      <h3>{props.s['priority.levelsHeading']}</h3>
      <LevelList field="impacts" {...props} />
      <LevelList field="urgencies" {...props} />
    </>
  );
}

function LevelList({ field, doc, update, s, issues, messages }: PartProps & { field: LevelField }) {
  const levels = doc[field];
  const kind = field === 'impacts' ? s['priority.impact'] : s['priority.urgency'];
  const focusLater = useFocusAfterRender(doc);
  const nameId = (i: number) => `pr-${field}-${i}-name`;
  // A new level is named by its position: "New level 3" is the third.
  const insert = (d: PriorityDocument, index: number) =>
    insertLevel(d, field, index, formatMessage(s['priority.newLevel'], { n: index + 1 }));
  const insertAbove = (index: number) => {
    update((d) => insert(d, index));
    focusLater(nameId(index));
  };
  const removeHere = (index: number) => {
    update((d) => removeLevel(d, field, index));
    focusLater(nameId(Math.min(index, levels.length - 2)));
  };
  return (
    <fieldset class="template-fieldset priority-levels">
      <legend>{field === 'impacts' ? s['priority.impacts'] : s['priority.urgencies']}</legend>
      {levels.map((level, i) => (
        <div class="template-row" key={level.id}>
          <TextField
            id={nameId(i)}
            label={
              <HiddenLabel
                visible={s['priority.levelName']}
                full={formatMessage(s['priority.levelNameOf'], { kind, n: i + 1 })}
              />
            }
            value={level.name}
            onValue={(name) => update((d) => setLevel(d, field, i, { name }))}
            issues={issuesAt(issues, `${field}.${i}.name`).concat(issuesAt(issues, `${field}.${i}.id`))}
            messages={messages}
            class="template-field--narrow"
          />
          <TextField
            id={`pr-${field}-${i}-description`}
            label={
              <HiddenLabel
                visible={s['priority.levelDescription']}
                full={formatMessage(s['priority.levelDescriptionOf'], { kind, n: i + 1 })}
              />
            }
            value={level.description}
            onValue={(description) => update((d) => setLevel(d, field, i, { description }))}
            issues={issuesAt(issues, `${field}.${i}.description`)}
            messages={messages}
            class="template-field--wide"
          />
          <div class="template-toolbar__buttons priority-row-actions">
            <button
              type="button"
              class="template-button"
              disabled={!canInsertLevel(doc, field)}
              aria-label={formatMessage(s['priority.insertLevelAbove'], { kind, n: i + 1 })}
              onClick={() => insertAbove(i)}
            >
              {s['priority.insertAbove']}
            </button>
            <button
              type="button"
              class="template-button template-button--danger"
              disabled={!canRemoveLevel(doc, field)}
              aria-label={formatMessage(s['priority.removeLevelAt'], { kind, n: i + 1 })}
              onClick={() => removeHere(i)}
            >
              {s['priority.remove']}
            </button>
          </div>
        </div>
      ))}
      <FieldError id={`pr-${field}-error`} issues={issues.filter((i) => i.path === field)} messages={messages} />
      <div class="template-toolbar__buttons">
        <button
          type="button"
          class="template-button"
          disabled={!canInsertLevel(doc, field)}
          onClick={() => update((d) => insert(d, d[field].length))}
        >
          {field === 'impacts' ? s['priority.addImpact'] : s['priority.addUrgency']}
        </button>
        <button
          type="button"
          class="template-button"
          disabled={!canRemoveLevel(doc, field)}
          onClick={() => update((d) => removeLevel(d, field, d[field].length - 1))}
        >
          {field === 'impacts' ? s['priority.removeImpact'] : s['priority.removeUrgency']}
        </button>
      </div>
    </fieldset>
  );
}
