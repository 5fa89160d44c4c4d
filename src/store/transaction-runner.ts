import type { Database, Statement } from 'better-sqlite3';

interface Frame {
  /** Undoes side effects outside SQLite (blob files placed), run in reverse on rollback. */
  undo: Array<() => void>;
  /** Side effects that must wait for the outermost COMMIT (deleting blob files). */
  afterCommit: Array<() => void>;
}

/**
 * Runs synchronous functions in SQLite transactions. A nested call joins the outer transaction
 * through a savepoint: its writes land only when the outermost call commits, and if it throws,
 * only its own writes (and blob placements) are undone before the error reaches the caller.
 */
export class TransactionRunner {
  private readonly frames: Frame[] = [];
  private readonly begin: Statement;
  private readonly commit: Statement;
  private readonly rollback: Statement;
  private readonly savepoint: Statement;
  private readonly release: Statement;
  private readonly rollbackTo: Statement;

  constructor(private readonly db: Database) {
    this.begin = db.prepare('BEGIN');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.savepoint = db.prepare('SAVEPOINT kumo_nested');
    this.release = db.prepare('RELEASE kumo_nested');
    this.rollbackTo = db.prepare('ROLLBACK TO kumo_nested');
  }

  get active(): boolean {
    return this.frames.length > 0;
  }

  run<R>(fn: () => R): R {
    const outermost = this.frames.length === 0;
    (outermost ? this.begin : this.savepoint).run();
    const frame: Frame = { undo: [], afterCommit: [] };
    this.frames.push(frame);
    let result: R;
    try {
      result = fn();
      if (isThenable(result)) {
        throw new TypeError('store.transaction: the function must be synchronous (it returned a promise)');
      }
      this.frames.pop();
      if (outermost) this.commit.run();
      else this.release.run();
    } catch (error) {
      if (this.frames[this.frames.length - 1] === frame) this.frames.pop();
      this.undo(frame, outermost);
      throw error;
    }
    if (outermost) {
      for (const effect of frame.afterCommit) runQuietly(effect);
    } else {
      const parent = this.frames[this.frames.length - 1]!;
      parent.undo.push(...frame.undo);
      parent.afterCommit.push(...frame.afterCommit);
    }
    return result;
  }

  /** Registers how to undo a non-SQL effect if the current transaction rolls back. */
  onRollback(undo: () => void): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame === undefined) throw new Error('onRollback needs an open transaction');
    frame.undo.push(undo);
  }

  /** Runs effect once the outermost transaction commits (now, if none is open). */
  afterCommit(effect: () => void): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame === undefined) runQuietly(effect);
    else frame.afterCommit.push(effect);
  }

  private undo(frame: Frame, outermost: boolean): void {
    // SQLite may already have rolled back by itself (SQLITE_FULL, IOERR); then only undo files.
    if (this.db.inTransaction) {
      if (outermost) this.rollback.run();
      else {
        this.rollbackTo.run();
        this.release.run();
      }
    }
    for (const undo of frame.undo.reverse()) runQuietly(undo);
  }
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function runQuietly(effect: () => void): void {
  try {
    effect();
  } catch (error) {
    process.stderr.write(`kumo store: cleanup after a transaction failed: ${String(error)}\n`);
  }
}
