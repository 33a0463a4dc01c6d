import { Global, Module } from '@nestjs/common';
import { JobOutbox } from './outbox';

/** Provides JobOutbox (enqueue through the transactional outbox) to every feature. */
@Global()
@Module({ providers: [JobOutbox], exports: [JobOutbox] })
export class QueuesModule {}
