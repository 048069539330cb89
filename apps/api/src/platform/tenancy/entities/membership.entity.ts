import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ROLES = ['admin', 'manager', 'ticket_office', 'control', 'accounting'] as const;
export type Role = (typeof ROLES)[number];

/** A user's role in one ticketing. */
@Entity('memberships')
@Check('memberships_role_check', `role IN ('admin','manager','ticket_office','control','accounting')`)
export class Membership {
  @PrimaryColumn('uuid')
  userId: string;

  @Index()
  @PrimaryColumn('uuid')
  ticketingId: string;

  @Column('text')
  role: Role;
}
