import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../queue/job-handlers';
import { QueueName } from '../queue/queues';
import { TEAM_INVITATION_JOB, TeamService } from './team.service';

/** The jobs the team owns: the invitation email. */
@Injectable()
export class TeamJobs implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly team: TeamService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(QueueName.Mail, TEAM_INVITATION_JOB, (data) => this.team.sendInvitationEmail(data.invitationId as string));
  }
}
