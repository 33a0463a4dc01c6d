import { Injectable, PipeTransform } from '@nestjs/common';
import { isValidDimensionKey } from '@rolefit/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { notFound } from '../common/problem/problem-exception';

/** A body field holding a dimension key, by the competency model's own rule. */
export const IsDimensionKey = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isDimensionKey', validator: { validate: isValidDimensionKey } }, options);

/**
 * A path key that breaks the rule names no dimension: 404, as for an unknown one, and it never
 * reaches PostgreSQL (which refuses a NUL byte with an error).
 */
@Injectable()
export class DimensionKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isValidDimensionKey(value)) throw notFound('Dimension');
    return value;
  }
}
