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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
