// The form's alone: in its chunk of the embed, not in the code every element shares.

/** Field errors of a validation error, by dotted path (`company.name`). */
export function fieldErrors(error: unknown): { path: string; message: string }[] {
  const errors = (error as { errors?: { path?: unknown; message?: unknown }[] }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => ({
    path: text(e.path)
      .replace(/^[/#]+/, '')
      .replace(/\//g, '.'),
    message: text(e.message),
  }));
}

/** A string or number from a problem document as text; anything else as ''. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
