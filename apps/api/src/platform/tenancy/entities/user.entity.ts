import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizerId: string;

  /** Stored lower-cased; unique across the platform because it is the login. */
  @Index({ unique: true })
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** Null until an invited user chooses a password (they cannot log in before). */
  @Column('text', { nullable: true })
  passwordHash: string | null;

  /** Wrong passwords in a row (platform/auth/login-lockout). */
  @Column('int', { default: 0 })
  failedLogins: number;

  /** Set once failedLogins reaches the limit: until then the login is refused, even with the right password. */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
