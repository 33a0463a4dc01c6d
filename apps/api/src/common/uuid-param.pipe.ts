import { Injectable, PipeTransform } from '@nestjs/common';
import { notFound } from './problem/problem-exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id that is not even a UUID names nothing that exists: 404, exactly like another
 * organisation's id, so ids reveal nothing about what exists elsewhere.
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly what = 'Resource') {}

  transform(value: string): string {
    if (!UUID.test(value)) throw notFound(this.what);
    return value.toLowerCase();
  }
}
