/** An API validation error: `{ field, message }` with paths like `typicalDay[2].end`. */
export interface ApiFieldError {
  field: string;
  message: string;
}

/**
 * The API's field errors keyed by path, normalised so `typicalDay.2.end`, `typicalDay[2].end`
 * and `content.typicalDay[2].end` all land on the same form field, `typicalDay[2].end`.
 * The first message for a path wins (the API lists the most important first).
 */
export function fieldErrorMap(
  errors: readonly ApiFieldError[] | undefined,
  stripPrefix?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors ?? []) {
    const path = normalisePath(error.field, stripPrefix);
    if (!(path in out)) out[path] = error.message;
  }
  return out;
}

export function normalisePath(field: string, stripPrefix?: string): string {
  let path = field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  if (stripPrefix && path.startsWith(`${stripPrefix}.`)) path = path.slice(stripPrefix.length + 1);
  return path;
}

/** Errors not under any of the form's fields: shown in the summary at the top instead. */
export function unplacedErrors(
  errors: Readonly<Record<string, string>>,
  placed: (path: string) => boolean,
): [string, string][] {
  return Object.entries(errors).filter(([path]) => !placed(path));
}

/** A DOM id for a field path: `typicalDay[2].end` → `f-typicalDay-2-end`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}
