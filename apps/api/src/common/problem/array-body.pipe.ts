import { Injectable, PipeTransform, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ProblemException } from './problem-exception';
import { flattenValidationErrors } from './validation-errors';

/** Validates a JSON array body item by item, reporting fields as `[2].slots`. */
@Injectable()
export class ArrayBodyPipe<T extends object> implements PipeTransform<unknown, Promise<T[]>> {
  constructor(
    private readonly itemType: Type<T>,
    private readonly maxItems = 1000,
  ) {}

  async transform(value: unknown): Promise<T[]> {
    if (!Array.isArray(value)) {
      throw new ProblemException(400, 'The request is invalid', [
        { field: '', message: 'must be an array' },
      ]);
    }
    if (value.length > this.maxItems) {
      throw new ProblemException(400, 'The request is invalid', [
        { field: '', message: `must contain at most ${this.maxItems} items` },
      ]);
    }
    const items = value.map((item: unknown) =>
      typeof item === 'object' && item !== null ? plainToInstance(this.itemType, item) : item,
    );
    const errors = [];
    for (const [i, item] of items.entries()) {
      if (typeof item !== 'object' || item === null) {
        errors.push({ field: `[${i}]`, message: 'must be an object' });
        continue;
      }
      const found = await validate(item, {
        whitelist: true,
        forbidNonWhitelisted: true,
        forbidUnknownValues: true,
      });
      errors.push(...flattenValidationErrors(found, `[${i}]`));
    }
    if (errors.length > 0) throw new ProblemException(400, 'The request is invalid', errors);
    return items as T[];
  }
}
