import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../queue/job-handlers';
import { QueueName } from '../queue/queues';
import { PASSWORD_RESET_JOB, PasswordResets } from './password-resets.service';
import { TEAM_INVITATION_JOB, TeamService } from './team.service';

/** The jobs of organizer users' access: the team invitation email, the password reset email. */
@Injectable()
export class TeamJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly team: TeamService,
    private readonly resets: PasswordResets,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Mail, TEAM_INVITATION_JOB, (data) => this.team.sendInvitationEmail(data.invitationId as string));
    this.handlers.register(QueueName.Mail, PASSWORD_RESET_JOB, (data) => this.resets.sendEmail(data.resetId as string));
  }
}
