import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One signed-in session (a browser, a script). Access tokens name it (`sid`), so every
 * request checks it is not revoked; its refresh token (in an HttpOnly cookie) is rotated on
 * every use, and presenting an old one revokes the session (reuse means it was stolen).
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** SHA-256 of the current refresh secret. */
  @Column({ name: 'refresh_hash', type: 'text' })
  refreshHash: string;

  /** SHA-256 of the one before, accepted for a few seconds after rotation (parallel tabs). */
  @Column({ name: 'previous_hash', type: 'text', nullable: true })
  previousHash: string | null;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
