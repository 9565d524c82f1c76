/**
 * "Export everything" and "restore from backup": one JSON file holding every assessment and every template
 * document saved in this browser (the portal's own format, marked by `format` and `version`; the trash is not
 * part of it: a backup holds what is in use, and the trash stays the short-term undo of this browser).
 *
 * Restoring validates every record (the caller passes the checks: the engine's `parseAssessment`, and each
 * template's definition), lists the unreadable ones with the reason, adds the new ones and asks per conflicting
 * key: replace (the record there now goes to the trash first), keep both (the backup's copy gets a new key) or
 * skip. A file that is not a readable backup changes nothing. Nothing is overwritten without a choice.
 *
 * Generic: validation is injected, so nothing here imports the assessment engine. No DOM.
 */
import type { RecordStore } from '../storage/browser-store.ts';
import { keyForCopy, moveToTrash, type ConflictChoice, type Trash } from '../storage/trash.ts';
import type { Collection } from '../storage/trash-entry.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './backup-format.ts';
import { itemAt } from '../engine/invariant.ts';
import { byCodeUnits } from '../engine/order.ts';

/** Largest backup file read: the same 5 MB as the questionnaire's import (`MAX_IMPORT_BYTES`). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Template documents live under `doc:<template>:<id>` in the templates' store (see `TemplateRepository`). */
const TEMPLATE_KEY = /^doc:([^:]+):(.+)$/s;
const TEMPLATE_PREFIX = /^doc:[^:]+:/;

/** The stores a backup covers. */
export interface BackupStores {
  assessments: RecordStore;
  templates: RecordStore;
}

/** What the caller checks a record with. `value` is the record as it will be stored (migrated when old). */
type Checked = { ok: true; value: unknown; title: string } | { ok: false; problem: string };
export interface BackupChecker {
  assessment(record: unknown): Checked;
  template(template: string, record: unknown): Checked;
}

/** Times in the user's zone: `2026-12-05T16:40:00+08:00`. */
export function localIsoTime(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** `gbt28827-backup-2026-12-05-1640.json`, in the user's local time. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `gbt28827-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}.json`;
}

/** Whether a value survives JSON unchanged enough to be written (cycles, `undefined`, BigInt do not). */
function jsonable(value: unknown): boolean {
  try {
    return JSON.stringify(value) !== undefined;
  } catch {
    return false;
  }
}

export interface ExportedBackup {
  name: string;
  text: string;
  assessments: number;
  templates: number;
  /** Keys of records JSON cannot hold (a corrupt value), left out of the file and untouched in storage. */
  skipped: string[];
}

/**
 * Every record of both stores as one backup file, unreadable ones included as they are (a restore lists them
 * again, and the file keeps them for repair). Sorted by key so two backups of the same data are the same file.
 */
export async function exportBackup(stores: BackupStores, now: Date): Promise<ExportedBackup> {
  const skipped: string[] = [];
  const byKey = (a: [string, unknown], b: [string, unknown]) => byCodeUnits(a[0], b[0]);
  const assessments: BackupFile['assessments'] = [];
  for (const [id, record] of (await stores.assessments.all()).sort(byKey)) {
    if (jsonable(record)) assessments.push({ id, record });
    else skipped.push(id);
  }
  const templates: BackupFile['templates'] = [];
  for (const [key, record] of (await stores.templates.all()).sort(byKey)) {
    const match = TEMPLATE_KEY.exec(key);
    if (!match) continue; // `current:<template>` pointers and the like are not documents
    if (jsonable(record)) templates.push({ template: itemAt(match, 1), id: itemAt(match, 2), record });
    else skipped.push(key);
  }
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: localIsoTime(now),
    assessments,
    templates,
  };
  return {
    name: backupFileName(now),
    text: `${JSON.stringify(file, null, 2)}\n`,
    assessments: assessments.length,
    templates: templates.length,
    skipped,
  };
}

/** Why a file is not a backup that can be read; nothing was changed. */
export type BackupProblem =
  | { code: 'too-large'; size: number }
  | { code: 'empty' }
  | { code: 'not-json'; detail: string }
  | { code: 'not-a-backup' }
  | { code: 'version-newer'; found: number }
  | { code: 'invalid'; detail: string };

/** Why one record of a backup cannot be restored. */
export type UnreadableReason =
  { code: 'invalid'; detail: string } | { code: 'unknown-template'; template: string } | { code: 'duplicate' };

interface UnreadableBackupRecord {
  collection: Collection;
  /** The template of a template document. */
  template?: string;
  /** Its title when it has one, else its ID. */
  name: string;
  reason: UnreadableReason;
}

/** A readable record of a backup and how it stands against what is stored. */
export interface RestoreCandidate {
  /** `collection:key`, unique in a plan: the handle for a choice. */
  ref: string;
  collection: Collection;
  key: string;
  /** The template of a template document. */
  template?: string;
  title: string;
  value: unknown;
  /** `new`: nothing under its key; `same`: the identical record is stored; `conflict`: another record is. */
  state: 'new' | 'same' | 'conflict';
  /** Title of the record stored under the key now (conflicts only). */
  currentTitle?: string;
}

export interface RestorePlan {
  file: string;
  /** When the backup was written, as the file says. */
  exported: string;
  candidates: RestoreCandidate[];
  unreadable: UnreadableBackupRecord[];
}

/** What a backup file to restore needs to offer: a `File` fits, and so does a plain object in tests. */
export interface BackupSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

const nameOf = (record: unknown, id: string) => {
  const title =
    typeof record === 'object' && record !== null && 'title' in record ? (record as { title: unknown }).title : '';
  return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 200) : id;
};

const sameJson = (a: unknown, b: unknown) => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

/** Reads a backup file: size, JSON, format marker and version, shape; then checks each record against the stores. */
export async function readBackup(
  source: BackupSource,
  checker: BackupChecker,
  stores: BackupStores,
): Promise<{ ok: true; plan: RestorePlan } | { ok: false; problem: BackupProblem }> {
  if (source.size > MAX_BACKUP_BYTES) return { ok: false, problem: { code: 'too-large', size: source.size } };
  const text = (await source.text()).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 120) : 'syntax error';
    return { ok: false, problem: { code: 'not-json', detail } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return { ok: false, problem: { code: 'not-a-backup' } };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    return { ok: false, problem: { code: 'version-newer', found: version } };
  const { BackupFileSchema } = await import('./backup-schema.ts');
  const parsed = BackupFileSchema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...others] = parsed.error.issues;
    const more = others.length;
    const detail = `${first?.path.join('.') || '(file)'}: ${first?.message}${more > 0 ? ` (+${more})` : ''}`;
    return { ok: false, problem: { code: 'invalid', detail } };
  }
  const file = parsed.data;
  const candidates: RestoreCandidate[] = [];
  const unreadable: UnreadableBackupRecord[] = [];
  const seen = new Set<string>();
  const current = {
    assessments: new Map(await stores.assessments.all()),
    templates: new Map(await stores.templates.all()),
  };
  const consider = (collection: Collection, key: string, record: unknown, checked: Checked, template?: string) => {
    const ref = `${collection}:${key}`;
    const kind = { collection, ...(template !== undefined && { template }) };
    if (!checked.ok) {
      unreadable.push({
        ...kind,
        name: nameOf(record, key.replace(TEMPLATE_PREFIX, '')),
        reason: { code: 'invalid', detail: checked.problem },
      });
      return;
    }
    if (seen.has(ref)) {
      unreadable.push({ ...kind, name: checked.title, reason: { code: 'duplicate' } });
      return;
    }
    seen.add(ref);
    const stored = current[collection].get(key);
    const state = stored === undefined ? 'new' : sameJson(stored, checked.value) ? 'same' : 'conflict';
    candidates.push({
      ref,
      collection,
      key,
      ...(template !== undefined && { template }),
      title: checked.title,
      value: checked.value,
      state,
      ...(state === 'conflict' && { currentTitle: nameOf(stored, key.replace(TEMPLATE_PREFIX, '')) }),
    });
  };
  for (const { id, record } of file.assessments) consider('assessments', id, record, checker.assessment(record));
  for (const { template, id, record } of file.templates) {
    const checked = checker.template(template, record);
    if (!checked.ok && checked.problem === UNKNOWN_TEMPLATE) {
      unreadable.push({
        collection: 'templates',
        template,
        name: nameOf(record, id),
        reason: { code: 'unknown-template', template },
      });
      continue;
    }
    consider('templates', `doc:${template}:${id}`, record, checked, template);
  }
  return { ok: true, plan: { file: source.name, exported: file.exported, candidates, unreadable } };
}

/** What a checker answers for a template this site does not have. */
export const UNKNOWN_TEMPLATE = 'unknown-template';

/** The conflicts of a plan that still lack a choice. */
export const missingChoices = (plan: RestorePlan, choices: Readonly<Record<string, ConflictChoice>>) =>
  plan.candidates.filter((c) => c.state === 'conflict' && choices[c.ref] === undefined);

export interface RestoreSummary {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  /** Identical records already stored. */
  unchanged: number;
  unreadable: number;
}

/**
 * Writes a plan: new records are added, identical ones left, and each conflict handled as chosen. Refuses (and
 * writes nothing) while a conflict has no choice.
 */
export async function applyRestore(
  plan: RestorePlan,
  choices: Readonly<Record<string, ConflictChoice>>,
  stores: BackupStores,
  trash: Trash,
): Promise<{ ok: true; summary: RestoreSummary } | { ok: false; missing: RestoreCandidate[] }> {
  const missing = missingChoices(plan, choices);
  if (missing.length > 0) return { ok: false, missing };
  const summary: RestoreSummary = {
    added: 0,
    replaced: 0,
    keptBoth: 0,
    skipped: 0,
    unchanged: 0,
    unreadable: plan.unreadable.length,
  };
  for (const c of plan.candidates) {
    const store = stores[c.collection];
    if (c.state === 'same') summary.unchanged++;
    else if (c.state === 'new') {
      // Another tab may have written the key since the plan was made: then the record is kept beside it.
      const key = (await store.get(c.key)) === undefined ? c.key : keyForCopy(c.collection, c.key, trash.newId);
      await store.put(key, c.value);
      summary.added++;
    } else {
      // missingChoices refused a plan with a conflict left unchosen, above.
      const choice = choices[c.ref] ?? 'skip';
      if (choice === 'skip') summary.skipped++;
      else if (choice === 'keep-both') {
        await store.put(keyForCopy(c.collection, c.key, trash.newId), c.value);
        summary.keptBoth++;
      } else {
        await moveToTrash(trash, c.collection, store, c.key);
        await store.put(c.key, c.value);
        summary.replaced++;
      }
    }
  }
  return { ok: true, summary };
}
