import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './problem';

/**
 * Flattens class-validator's error tree into `{ field, message }` with paths clients can map
 * to form fields: `profile[2].target`, `channels.phone`, `typicalDay[0].start`.
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field: path, message: humanize(message, error.property) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

/** class-validator prefixes messages with the property name; the field already says it. */
function humanize(message: string, property: string): string {
  if (message.startsWith('property ') && message.endsWith(' should not exist')) {
    return 'unknown field';
  }
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
