/**
 * The model of the "backup and trash" panel (on the questionnaire's start page and on the templates page): the
 * trash as signals, with restore, delete for good and empty; "export everything"; and a restore from a backup,
 * which is read into a plan first so the user chooses for each conflicting record before anything is written.
 * No DOM: the view hands it the stores and the checks, tests hand it memory stores and a fixed clock.
 */
import { signal } from '@preact/signals';
import {
  applyRestore,
  exportBackup,
  missingChoices,
  readBackup,
  type BackupChecker,
  type BackupProblem,
  type BackupSource,
  type BackupStores,
  type ExportedBackup,
  type RestorePlan,
  type RestoreSummary,
} from './backup.ts';
import {
  restoreFromTrash,
  type ConflictChoice,
  type RestoreOutcome,
  type Trash,
  type TrashItem,
  type UnreadableTrashEntry,
} from '../storage/trash.ts';

export interface DataModelOptions {
  stores: BackupStores;
  trash: Trash;
  /**
   * How a backup's records are checked; a function that returns it loads the checks (every template's definition)
   * only when a backup is opened, so the pages that show this panel do not carry them on their first load.
   */
  checker: BackupChecker | (() => Promise<BackupChecker>);
  /** Called after anything was written to the assessment or template stores, so open views reload. */
  onChange?: () => void | Promise<void>;
}

/** The outcome of the last restore from a backup. */
export type BackupOutcome =
  { kind: 'refused'; file: string; problem: BackupProblem } | { kind: 'restored'; summary: RestoreSummary } | null;

export class DataModel {
  readonly stores: BackupStores;
  readonly trash: Trash;
  /** Entries in the trash, most recently deleted first. */
  readonly items = signal<TrashItem[]>([]);
  readonly unreadableItems = signal<UnreadableTrashEntry[]>([]);
  /** A backup read and waiting for the user's choices, or null. */
  readonly plan = signal<RestorePlan | null>(null);
  /** The choice for each conflicting record of the plan, by `ref`. */
  readonly choices = signal<Readonly<Record<string, ConflictChoice>>>({});
  /** Conflicts the user was asked about but has not decided (set when applying too early). */
  readonly undecided = signal<string[]>([]);
  readonly outcome = signal<BackupOutcome>(null);
  /** The last error of storage, or null. */
  readonly error = signal<string | null>(null);

  private readonly checker: BackupChecker | (() => Promise<BackupChecker>);
  private readonly onChange: () => void | Promise<void>;

  constructor(options: DataModelOptions) {
    this.stores = options.stores;
    this.trash = options.trash;
    this.checker = options.checker;
    this.onChange = options.onChange ?? (() => {});
  }

  /** Reads the trash, purging entries older than the trash keeps them. */
  async refresh(): Promise<void> {
    await this.guard(async () => {
      const { items, unreadable } = await this.trash.list();
      this.items.value = items;
      this.unreadableItems.value = unreadable;
    });
  }

  /**
   * Puts a trash entry back. When its key is in use again the outcome is `conflict` and nothing changes until
   * the user chooses (`choice`).
   */
  async restore(entryId: string, choice?: ConflictChoice): Promise<RestoreOutcome | undefined> {
    return this.guard(async () => {
      const outcome = await restoreFromTrash(this.trash, entryId, this.stores, choice);
      if (outcome.status === 'restored') await this.onChange();
      await this.refresh();
      return outcome;
    });
  }

  /** Deletes a trash entry for good. */
  async deleteForever(entryId: string): Promise<void> {
    await this.guard(() => this.trash.remove(entryId));
    await this.refresh();
  }

  /** Deletes every trash entry for good. */
  async emptyTrash(): Promise<number | undefined> {
    const count = await this.guard(() => this.trash.empty());
    await this.refresh();
    return count;
  }

  /** The backup file of everything stored now. */
  async exportAll(now = this.trash.now()): Promise<ExportedBackup | undefined> {
    return this.guard(() => exportBackup(this.stores, now));
  }

  /** Reads a backup file into a plan; a file that cannot be used is refused with the reason and changes nothing. */
  async openBackup(source: BackupSource): Promise<void> {
    this.outcome.value = null;
    this.plan.value = null;
    const read = await this.guard(async () => {
      const checker = typeof this.checker === 'function' ? await this.checker() : this.checker;
      return readBackup(source, checker, this.stores);
    });
    if (!read) return;
    if (!read.ok) {
      this.outcome.value = { kind: 'refused', file: source.name, problem: read.problem };
      return;
    }
    this.choices.value = {};
    this.undecided.value = [];
    this.plan.value = read.plan;
  }

  choose(ref: string, choice: ConflictChoice): void {
    this.choices.value = { ...this.choices.value, [ref]: choice };
    this.undecided.value = this.undecided.value.filter((r) => r !== ref);
  }

  /** The same choice for every conflict of the plan. */
  chooseAll(choice: ConflictChoice): void {
    const plan = this.plan.value;
    if (!plan) return;
    const all = Object.fromEntries(plan.candidates.filter((c) => c.state === 'conflict').map((c) => [c.ref, choice]));
    this.choices.value = all;
    this.undecided.value = [];
  }

  /** Writes the plan as chosen. Returns false (writing nothing) while a conflict has no choice. */
  async applyBackup(): Promise<boolean> {
    const plan = this.plan.value;
    if (!plan) return false;
    const missing = missingChoices(plan, this.choices.value);
    if (missing.length > 0) {
      this.undecided.value = missing.map((c) => c.ref);
      return false;
    }
    const result = await this.guard(() => applyRestore(plan, this.choices.value, this.stores, this.trash));
    if (!result?.ok) return false;
    this.plan.value = null;
    this.outcome.value = { kind: 'restored', summary: result.summary };
    await this.onChange();
    await this.refresh();
    return true;
  }

  cancelBackup(): void {
    this.plan.value = null;
    this.undecided.value = [];
  }

  private async guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await action();
      this.error.value = null;
      return result;
    } catch (err) {
      this.error.value = err instanceof Error ? err.message : String(err);
      return undefined;
    }
  }
}
