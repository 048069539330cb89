import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { ACTOR_KINDS, ActorKind } from '../audit/actor';
import { ROLES, Role } from './entities/membership.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Where a member stands: has a password, or was invited and has not chosen one yet (in time, or too late). */
export const MEMBER_STATUSES = ['active', 'invited', 'invitation_expired'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export class MemberResponse {
  @ApiProperty({ format: 'uuid', description: 'The member’s user id' }) userId: string;
  @ApiProperty({ example: 'Marc Pittet' }) name: string;
  @ApiProperty({ example: 'controle@remparts.demo' }) email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({
    enum: MEMBER_STATUSES,
    description:
      'active: can log in; invited: has not chosen a password yet, the invitation is open; invitation_expired: has no password and no open invitation (resend one)',
  })
  status: MemberStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the open invitation was sent' }) invitedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: 'string', description: 'When the open invitation stops working' })
  invitationExpiresAt: string | null;
}

export class MemberListResponse {
  @ApiProperty({ type: [MemberResponse], description: 'Every member, by name (a team is small: not paginated)' }) items: MemberResponse[];
}

export class AddMemberRequest {
  @ApiProperty({ format: 'email', example: 'caisse@remparts.demo', description: 'Their login; a new email gets an invitation to choose a password' })
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Julie Morel', description: 'Used for a new user only; an existing user keeps their name' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class UpdateMemberRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}

export class TeamActorResponse {
  @ApiProperty({ enum: ACTOR_KINDS }) kind: ActorKind;
  @ApiProperty() label: string;
}

export class TeamHistoryEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty({
    example: 'team.member.added',
    description: 'team.member.added | team.member.role_changed | team.member.removed | team.invitation.sent | team.invitation.accepted',
  })
  action: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'Marc Pittet <controle@remparts.demo>', description: 'The member, as they were named then' }) userLabel: string;
  @ApiProperty({ type: TeamActorResponse }) actor: TeamActorResponse;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { from: 'manager', to: 'admin' } }) data: Record<string, unknown>;
}

export class TeamHistoryResponse {
  @ApiProperty({ type: [TeamHistoryEntryResponse], description: 'The latest 100 entries, newest first' }) items: TeamHistoryEntryResponse[];
}

/** `?token=` of the invitation link (the logs mask it). */
export class InvitationTokenQuery {
  @ApiProperty({ description: 'The token of the invitation link' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token: string;
}

export class InvitationResponse {
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', description: 'Where the backoffice opens once the invitation is accepted' }) ticketingId: string;
  @ApiProperty({ example: 'Théâtre des Remparts' }) ticketingName: string;
  @ApiProperty({ example: 'Association du Théâtre des Remparts' }) organizerName: string;
  @ApiProperty({ example: 'Léa Favre', description: 'Who sent the invitation' }) invitedBy: string;
  @ApiProperty({ enum: ROLES, description: 'The role in that ticketing' }) role: Role;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class AcceptInvitationRequest {
  @ApiProperty({ minLength: 10, maxLength: 72, example: 'un-long-mot-de-passe', description: 'The password to log in with from now on' })
  @IsString()
  @MinLength(10)
  @MaxLength(72)
  password: string;
}
