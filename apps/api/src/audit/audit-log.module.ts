import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';

/** The audit log, available to every feature module (its repository comes from PersistenceModule). */
@Global()
@Module({ providers: [AuditLog], exports: [AuditLog] })
export class AuditLogModule {}
