import type { FieldError } from '@rolefit/domain';
import type { ValidationError } from 'class-validator';

/** More field errors than anyone reads: the rest are counted in one last entry. */
export const MAX_FIELD_ERRORS = 100;

/**
 * Flattens class-validator's error tree into `{ field, message }` with paths clients can map
 * to form fields: `profile[2].target`, `channels.phone`, `typicalDay[0].start`. Walks the
 * tree with its own stack and keeps at most MAX_FIELD_ERRORS entries, so a body with 100,000
 * bad elements neither overflows the call stack nor answers with megabytes of errors.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  let more = 0;
  const stack: [ValidationError, string][] = errors.map((e): [ValidationError, string] => [
    e,
    parent,
  ]);
  stack.reverse();
  while (stack.length > 0) {
    const [error, parentPath] = stack.pop()!;
    const path = /^\d+$/.test(error.property)
      ? `${parentPath}[${error.property}]`
      : parentPath
        ? `${parentPath}.${error.property}`
        : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      if (out.length < MAX_FIELD_ERRORS) {
        out.push({ field: path, message: humanize(message, error.property) });
      } else {
        more++;
      }
    }
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], path]);
  }
  if (more > 0) out.push({ field: parent, message: `and ${more} more problems` });
  return out;
}

/** class-validator prefixes messages with the property name; the field already says it. */
function humanize(message: string, property: string): string {
  if (message.startsWith('property ') && message.endsWith(' should not exist')) {
    return 'unknown field';
  }
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
