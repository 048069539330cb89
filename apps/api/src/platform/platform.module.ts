import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PassportModule } from '@nestjs/passport';
import { DeviceJwtStrategy, UserJwtStrategy } from './auth/jwt.strategies';
import { ClockModule } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { TicketPdf } from './documents/ticket-pdf';
import { Mailer } from './mail/mailer';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { Outbox } from './outbox/outbox';
import { QueueModule } from './queue/queue.module';
import { TicketSigner } from './signing/ticket-signer';
import { OrderLinks } from './signing/order-link';
import { FileStorage, LocalFileStorage } from './storage/file-storage';
import { Images } from './images/images';
import { Membership } from './tenancy/entities/membership.entity';
import { Organizer } from './tenancy/entities/organizer.entity';
import { SigningKey } from './tenancy/entities/signing-key.entity';
import { Ticketing } from './tenancy/entities/ticketing.entity';
import { User } from './tenancy/entities/user.entity';
import { TenancyService } from './tenancy/tenancy.service';

/** The platform's own tables: organizers, users, ticketings and roles, signing keys, the outbox. */
export const PLATFORM_ENTITIES = [Organizer, User, Ticketing, Membership, SigningKey, OutboxMessage];

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
    TicketSigner,
    OrderLinks,
    Outbox,
    TicketPdf,
    Mailer,
    Images,
    { provide: FileStorage, useClass: LocalFileStorage },
    UserJwtStrategy,
    DeviceJwtStrategy,
  ],
  exports: [TenancyService, TicketSigner, OrderLinks, Outbox, TicketPdf, Mailer, Images, FileStorage, JwtModule],
})
export class PlatformModule {}
