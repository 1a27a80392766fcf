// Not part of the public API: src/schemas/index.ts does not re-export it.
import * as z from 'zod/mini';

/**
 * The shape of a PATCH body made from an entity's fields: every field may be
 * left out; an optional one may also be `null`.
 */
export type PatchShape<S extends z.core.$ZodLooseShape> = {
  -readonly [K in keyof S]: S[K] extends z.ZodMiniOptional<infer T>
    ? z.ZodMiniOptional<z.ZodMiniNullable<T>>
    : z.ZodMiniOptional<S[K]>;
};

/** `schema` with an issue that says why `null` is refused; otherwise the same checks and JSON Schema. */
function refusingNull(schema: z.ZodMiniType): z.ZodMiniType {
  const def = schema._zod.def;
  const message =
    def.type === 'array'
      ? 'Cannot be null: the list is required (send [] to empty it)'
      : 'Cannot be null: the field is required and cannot be removed';
  const own = def.error;
  // A clone with its own error map, as `{ error }` would give at creation; the
  // shared schema (used by the entity too) keeps its messages.
  const clone = schema.clone({
    ...def,
    error: (issue: z.core.$ZodRawIssue) => (issue.input === null ? message : own?.(issue as never)),
  });
  // An override of the JSON Schema (a localized text) lives on the instance, not the def.
  clone._zod.toJSONSchema = schema._zod.toJSONSchema;
  return clone;
}

/**
 * A PATCH body for an entity's fields, JSON merge patch (RFC 7396) at the top
 * level: a field left out stays as it is, `null` removes an optional field,
 * any other value replaces the field whole (an object is not merged into).
 * A required field refuses `null`, at its own path.
 */
export function patchOf<S extends z.core.$ZodLooseShape>(shape: S) {
  const fields: Record<string, z.ZodMiniType> = {};
  for (const [key, schema] of Object.entries(shape) as [string, z.ZodMiniType][]) {
    const def = schema._zod.def;
    fields[key] =
      def.type === 'optional'
        ? z.optional(z.nullable((def as z.core.$ZodOptionalDef).innerType))
        : z.optional(refusingNull(schema));
  }
  // The loop builds what PatchShape says, key by key.
  return z.object(fields as PatchShape<S>);
}
