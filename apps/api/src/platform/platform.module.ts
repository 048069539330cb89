import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PassportModule } from '@nestjs/passport';
import { DeviceJwtStrategy, UserJwtStrategy } from './auth/jwt.strategies';
import { Sessions } from './auth/sessions';
import { ClockModule } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { InvoicePdf } from './documents/invoice-pdf';
import { ReceiptPdf } from './documents/receipt-pdf';
import { ThermalTicketPdf } from './documents/thermal-ticket-pdf';
import { TicketPdf } from './documents/ticket-pdf';
import { IdempotencyKey } from './http/idempotency/idempotency-key.entity';
import { IdempotencyJobs } from './http/idempotency/idempotency.jobs';
import { IdempotencyRepository } from './http/idempotency/idempotency.repository';
import { Mailer } from './mail/mailer';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { Outbox } from './outbox/outbox';
import { QueueModule } from './queue/queue.module';
import { TicketSigner } from './signing/ticket-signer';
import { Invitation } from './tenancy/entities/invitation.entity';
import { OrderLinks } from './signing/order-link';
import { FileStorage, LocalFileStorage } from './storage/file-storage';
import { Images } from './images/images';
import { Membership } from './tenancy/entities/membership.entity';
import { Organizer } from './tenancy/entities/organizer.entity';
import { SigningKey } from './tenancy/entities/signing-key.entity';
import { TeamHistoryEntry } from './tenancy/entities/team-history-entry.entity';
import { Ticketing } from './tenancy/entities/ticketing.entity';
import { User } from './tenancy/entities/user.entity';
import { TeamJobs } from './tenancy/team.jobs';
import { TeamRepository } from './tenancy/team.repository';
import { TeamService } from './tenancy/team.service';
import { TenancyService } from './tenancy/tenancy.service';
import { PasswordReset } from './tenancy/entities/password-reset.entity';
import { PasswordResets } from './tenancy/password-resets.service';

/** The platform's own tables: organizers, users, ticketings and roles, invitations and the team's journal, signing keys, the outbox, idempotency keys. */
export const PLATFORM_ENTITIES = [
  Organizer,
  User,
  Ticketing,
  Membership,
  Invitation,
  PasswordReset,
  TeamHistoryEntry,
  SigningKey,
  OutboxMessage,
  IdempotencyKey,
];

/** Technical capabilities shared by both processes; no business rules here. */
@Global()
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule,
    QueueModule,
    TypeOrmModule.forFeature(PLATFORM_ENTITIES),
    PassportModule,
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: config.JWT_TTL as never } }),
    }),
  ],
  providers: [
    TenancyService,
    PasswordResets,
    TeamRepository,
    TeamService,
    TeamJobs,
    Sessions,
    TicketSigner,
    OrderLinks,
    Outbox,
    IdempotencyRepository,
    IdempotencyJobs,
    TicketPdf,
    InvoicePdf,
    ThermalTicketPdf,
    ReceiptPdf,
    Mailer,
    Images,
    { provide: FileStorage, useClass: LocalFileStorage },
    UserJwtStrategy,
    DeviceJwtStrategy,
  ],
  exports: [
    TenancyService,
    PasswordResets,
    TeamService,
    Sessions,
    TicketSigner,
    OrderLinks,
    Outbox,
    IdempotencyRepository,
    TicketPdf,
    InvoicePdf,
    ThermalTicketPdf,
    ReceiptPdf,
    Mailer,
    Images,
    FileStorage,
    JwtModule,
  ],
})
export class PlatformModule {}
