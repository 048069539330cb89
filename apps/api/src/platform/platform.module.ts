import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { DeviceJwtStrategy, UserJwtStrategy } from './auth/jwt.strategies';
import { ClockModule } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { TicketPdf } from './documents/ticket-pdf';
import { Mailer } from './mail/mailer';
import { Outbox } from './outbox/outbox';
import { QueueModule } from './queue/queue.module';
import { TicketSigner } from './signing/ticket-signer';
import { TenancyService } from './tenancy/tenancy.service';

/** Technical capabilities shared by both processes; no business rules here. */
@Global()
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule,
    QueueModule,
    PassportModule,
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: config.JWT_TTL as never } }),
    }),
  ],
  providers: [TenancyService, TicketSigner, Outbox, TicketPdf, Mailer, UserJwtStrategy, DeviceJwtStrategy],
  exports: [TenancyService, TicketSigner, Outbox, TicketPdf, Mailer, JwtModule],
})
export class PlatformModule {}
