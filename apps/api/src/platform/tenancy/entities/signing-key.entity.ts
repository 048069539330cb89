import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An Ed25519 key that signs a ticketing's ticket codes; the key id travels in every code. */
@Entity('signing_keys')
@Index(['ticketingId', 'active'])
export class SigningKey {
  /** Short key id (kid) printed in ticket codes. */
  @PrimaryColumn('text')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  publicKeyPem: string;

  @Column('text')
  privateKeyPem: string;

  /** The active key signs new codes; retired keys still verify old ones. */
  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
