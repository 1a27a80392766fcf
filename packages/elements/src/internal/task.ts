import { notEqual, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The part of `@lit/task` the elements use, in about a third of its bytes:
 * a task runs when its arguments change (shallowly, before an update), a new
 * run aborts the one still pending, and only the newest run's outcome counts.
 * The same names and semantics as `@lit/task`'s `Task` (`value`, `error`,
 * `status`, `run()`, `render()`, `autoRun: false`, `onComplete`, `onError`),
 * without what no element uses (`initialValue`, `argsEqual`,
 * `autoRun: 'afterUpdate'`, `taskComplete`, `abort()`, `initialState`), and
 * one difference: a task function that returns a value, not a promise,
 * completes at once (see `run`).
 */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

export interface TaskConfig<A extends readonly unknown[], R> {
  task: (args: A, options: { signal: AbortSignal }) => R | PromiseLike<R>;
  args?: () => A;
  /** `false`: runs only when `run()` is called. */
  autoRun?: boolean;
  onComplete?: (value: R) => unknown;
  onError?: (error: unknown) => unknown;
}

export interface StatusRenderer<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: R) => unknown;
  error?: (error: unknown) => unknown;
}

export class Task<
  A extends readonly unknown[] = readonly unknown[],
  R = unknown,
> implements ReactiveController {
  status: TaskStatus = TaskStatus.INITIAL;
  value?: R;
  error?: unknown;
  #host: ReactiveControllerHost;
  #config: TaskConfig<A, R>;
  #args?: A;
  #call = 0;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    (this.#host = host).addController(this);
    this.#config = config;
  }

  hostUpdate(): void {
    if (this.#config.autoRun === false) return;
    const args = this.#config.args?.();
    const prev = this.#args;
    this.#args = args;
    if (
      args &&
      args !== prev &&
      (!prev || prev.length !== args.length || args.some((v, i) => notEqual(v, prev[i])))
    )
      void this.run(args);
  }

  /**
   * Runs the task (with `args`, else the args function's), aborting a run
   * still pending. A task that gives its value at once (not a promise)
   * completes at once: within the host's update that started it, which then
   * renders the value (no pending state, no second update).
   */
  async run(args?: A): Promise<void> {
    args ??= this.#config.args?.();
    this.#args = args;
    if (this.status === TaskStatus.PENDING) this.#abort?.abort();
    const call = ++this.#call;
    const abort = (this.#abort = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      const result = this.#config.task(args as A, { signal: abort.signal });
      if (result instanceof Promise) {
        this.status = TaskStatus.PENDING;
        this.#host.requestUpdate();
        value = (await result) as R;
      } else value = result as R;
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.#call) return;
    try {
      if (failed) this.#config.onError?.(error);
      else this.#config.onComplete?.(value as R);
    } catch {
      // As in @lit/task: a throwing callback does not change the outcome.
    }
    this.status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }

  /** What the renderer gives for the current status. */
  render(renderer: StatusRenderer<R>): unknown {
    const s = this.status;
    return s === TaskStatus.INITIAL
      ? renderer.initial?.()
      : s === TaskStatus.PENDING
        ? renderer.pending?.()
        : s === TaskStatus.COMPLETE
          ? renderer.complete?.(this.value as R)
          : renderer.error?.(this.error);
  }
}
