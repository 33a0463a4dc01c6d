import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { queryRows } from '../query-rows';

/** A transaction handle: pass it to the repository methods that take `tx`. */
export type Tx = EntityManager;

/**
 * Runs work in one transaction. Services group repository calls with it; they never hold a
 * DataSource or write SQL themselves.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation
      ? this.dataSource.transaction(isolation, work)
      : this.dataSource.transaction(work);
  }

  /** The transaction's own time (what now() writes in it), to report exactly what was stored. */
  async now(tx: Tx): Promise<Date> {
    const [{ now }] = await queryRows<{ now: Date }>(tx, 'SELECT now()');
    return now;
  }

  /** Outside any transaction: each statement commits on its own. */
  get none(): Tx {
    return this.dataSource.manager;
  }
}
