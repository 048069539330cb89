import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorKind } from '../../audit/actor';

/** Append-only journal of a ticketing's team: who added, changed, removed or invited whom, and when. */
@Entity('team_history')
@Index(['ticketingId', 'id'])
export class TeamHistoryEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** The member the entry is about. */
  @Column('uuid')
  userId: string;

  /** Their name and email when it happened: the journal stays readable after they leave. */
  @Column('text')
  userLabel: string;

  /** Dotted action name, e.g. `team.member.added`. */
  @Column('text')
  action: string;

  @Column('text')
  actorKind: ActorKind;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text')
  actorLabel: string;

  @Column('jsonb', { default: {} })
  data: Record<string, unknown>;

  @Column('timestamptz')
  at: Date;
}
