/**
 * Compiled queries kept for the hot reads.
 *
 * Kysely builds a query as a tree of frozen nodes and compiles the tree to
 * SQL text on every run: for the challenge list that was the largest part of
 * the server's own code in a CPU profile (about 7 % of its samples), besides
 * the garbage the trees leave.
 * The text and parameters depend only on the query's inputs, so a read that
 * comes again with the same inputs (a board's first page, one challenge) can
 * run the compiled query it had before. Only the query is kept, never a
 * result: every run still asks the database.
 *
 * `byInputs` keys on every input (a list: its filters, page and cursor);
 * `byShape` compiles once per shape and fills the parameters in per run, for
 * queries whose values pass to the database unchanged (an id).
 */
import type { CompiledQuery, Compilable, Kysely } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/** A bounded map: the entry used least recently goes first when it is full. */
export class Recent<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    if (this.#map.size >= this.max) this.#map.delete(this.#map.keys().next().value as string);
    this.#map.set(key, value);
  }
  get size() {
    return this.#map.size;
  }
}

/**
 * Queries compiled once per distinct input (`key` says everything the SQL
 * text and parameters depend on), at most `max` of them.
 */
export function byInputs(max = 500) {
  const kept = new Recent<CompiledQuery<unknown>>(max);
  return {
    compile<R>(db: Db, key: string, build: (db: Db) => Compilable<R>): CompiledQuery<R> {
      let compiled = kept.get(key) as CompiledQuery<R> | undefined;
      if (!compiled) {
        compiled = build(db).compile();
        kept.set(key, compiled);
      }
      return compiled;
    },
    get size() {
      return kept.size;
    },
  };
}

/** Marks an argument while a shape is compiled; the text never holds it. */
const SLOT = '\u0000slot:';

/**
 * A query compiled once per `shape` (what its SQL text depends on besides
 * the arguments) with a marker for each string argument; a run puts the
 * arguments where their markers are among the parameters. Each argument
 * must reach the query as a parameter of its own, unchanged (not inside a
 * `like` pattern, not cast in JavaScript); the first compile checks that
 * every argument was found.
 */
export function byShape<A extends Record<string, string | undefined>, R>(
  build: (db: Db, args: A) => Compilable<R>,
) {
  const shapes = new Map<string, { compiled: CompiledQuery<R>; slots: (keyof A | undefined)[] }>();
  return (db: Db, shape: string, args: A): CompiledQuery<R> => {
    let entry = shapes.get(shape);
    if (!entry) {
      const marked = Object.fromEntries(
        Object.entries(args).map(([k, v]) => [k, v === undefined ? v : SLOT + k]),
      ) as A;
      const compiled = build(db, marked).compile();
      const slots = compiled.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(SLOT) ? (p.slice(SLOT.length) as keyof A) : undefined,
      );
      for (const [k, v] of Object.entries(args)) {
        if (v !== undefined && !slots.includes(k)) {
          throw new Error(`byShape: the argument ${k} is not a parameter of its own`);
        }
      }
      if (compiled.sql.includes(SLOT)) throw new Error('byShape: an argument is in the SQL text');
      entry = { compiled, slots };
      shapes.set(shape, entry);
    }
    const { compiled, slots } = entry;
    const parameters = compiled.parameters.map((p, i) => {
      const slot = slots[i];
      return slot === undefined ? p : args[slot];
    });
    return { ...compiled, parameters };
  };
}
