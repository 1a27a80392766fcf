/** Structured logs: one JSON object per line on stdout. */
export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
  /** Whether a line at `level` would be written (callers may skip building its fields). */
  enabled(level: Level): boolean;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function errorFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    out[k] = v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v;
  }
  return out;
}

export function createLogger(
  options: {
    level?: Level;
    write?: (line: string) => void;
    base?: Record<string, unknown>;
  } = {},
): Logger {
  const min = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const base = options.base ?? {};
  const emit = (level: Level, msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[level] < min) return;
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        msg,
        ...base,
        ...errorFields(fields),
      }),
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
    enabled: (level) => ORDER[level] >= min,
  };
}

/**
 * `log.child(fields)`, made only when something is logged through it: a
 * request's logger, which most requests never use.
 */
export function lazyChild(log: Logger, fields: Record<string, unknown>): Logger {
  return new LazyChild(log, fields);
}

class LazyChild implements Logger {
  #made: Logger | undefined;
  constructor(
    private readonly parent: Logger,
    private readonly fields: Record<string, unknown>,
  ) {}
  #log(): Logger {
    return (this.#made ??= this.parent.child(this.fields));
  }
  debug(msg: string, fields?: Record<string, unknown>) {
    if (this.parent.enabled('debug')) this.#log().debug(msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>) {
    if (this.parent.enabled('info')) this.#log().info(msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>) {
    if (this.parent.enabled('warn')) this.#log().warn(msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>) {
    if (this.parent.enabled('error')) this.#log().error(msg, fields);
  }
  child(fields: Record<string, unknown>): Logger {
    return this.#log().child(fields);
  }
  enabled(level: Level): boolean {
    return this.parent.enabled(level);
  }
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = createLogger({ write: () => {} });
