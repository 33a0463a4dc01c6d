/** The audit log: who read or changed candidate data, used by every feature that does. */
export { type Actor, CurrentActor } from './actor';
export { AUDIT_ACTIONS, type AuditAction, AuditLog } from './audit-log';
export { AuditLogModule } from './audit-log.module';
