/** A scheduled task; `cancelled` tasks stay in the heap until popped or compacted. */
export interface ScheduledTask {
  due: number;
  seq: number;
  readonly fn: () => void | Promise<void>;
  readonly intervalMs?: number;
  cancelled: boolean;
  /** Whether the task is in the heap (an `every` task is out of it while it runs). */
  queued: boolean;
}

/** A binary min-heap by (due, seq): earliest first, and first scheduled first among equals. */
export class TaskQueue {
  private heap: ScheduledTask[] = [];
  private cancelledCount = 0;

  get size(): number {
    return this.heap.length - this.cancelledCount;
  }

  push(task: ScheduledTask): void {
    task.queued = true;
    this.heap.push(task);
    this.up(this.heap.length - 1);
  }

  /** The earliest live task, dropping cancelled ones on the way. */
  peek(): ScheduledTask | undefined {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) {
      this.removeTop();
      this.cancelledCount--;
    }
    return this.heap[0];
  }

  pop(): ScheduledTask | undefined {
    const top = this.peek();
    if (top !== undefined) this.removeTop();
    return top;
  }

  /** Marks a queued task cancelled; compacts when cancelled tasks dominate (many timers reset). */
  cancel(task: ScheduledTask): void {
    if (task.cancelled) return;
    task.cancelled = true;
    if (!task.queued) return;
    this.cancelledCount++;
    if (this.cancelledCount > 64 && this.cancelledCount * 2 > this.heap.length) {
      for (const t of this.heap) if (t.cancelled) t.queued = false;
      this.heap = this.heap.filter((t) => !t.cancelled);
      this.cancelledCount = 0;
      for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
    }
  }

  clear(): ScheduledTask[] {
    const tasks = this.heap;
    for (const task of tasks) task.queued = false;
    this.heap = [];
    this.cancelledCount = 0;
    return tasks;
  }

  private removeTop(): void {
    this.heap[0]!.queued = false;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function before(a: ScheduledTask, b: ScheduledTask): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}
