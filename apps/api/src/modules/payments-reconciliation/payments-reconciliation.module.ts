import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionController } from './commission.controller';
import { InvoiceSettingsController } from './invoice-settings.controller';
import { InvoiceSettings } from './entities/invoice-settings.entity';
import { VatSettings } from './entities/vat-settings.entity';
import { VatSettingsController } from './vat-settings.controller';
import { CommissionCharge } from './entities/commission-charge.entity';
import { CommissionTerms } from './entities/commission-terms.entity';
import { Payment } from './entities/payment.entity';
import { Refund } from './entities/refund.entity';
import { PaymentsReconciliationRepository } from './payments-reconciliation.repository';
import { PaymentsReconciliationService } from './payments-reconciliation.service';
import { AppConfig } from '../../platform/config/app-config';
import { CardTransactions } from './card-transactions.service';
import { PaymentTransaction } from './entities/payment-transaction.entity';
import { PAYMENT_PROVIDER } from './providers/payment-provider';
import { TestProviderClient } from './providers/test-provider.client';
import { TransactionsRepository } from './transactions.repository';
import { CounterSessionsController } from './counter-sessions.controller';
import { CounterSessionsRepository } from './counter-sessions.repository';
import { CounterSessions } from './counter-sessions.service';
import { CounterSession } from './entities/counter-session.entity';
import { BankEntry } from './entities/bank-entry.entity';
import { BankFile } from './entities/bank-file.entity';
import { BankFiles } from './bank-files.service';
import { BankFilesRepository } from './bank-files.repository';

export const PAYMENTS_RECONCILIATION_ENTITIES = [
  Payment,
  Refund,
  CommissionTerms,
  CommissionCharge,
  PaymentTransaction,
  InvoiceSettings,
  CounterSession,
  VatSettings,
  BankFile,
  BankEntry,
];

@Module({
  imports: [TypeOrmModule.forFeature(PAYMENTS_RECONCILIATION_ENTITIES)],
  controllers: [CommissionController, InvoiceSettingsController, VatSettingsController, CounterSessionsController],
  providers: [
    PaymentsReconciliationService,
    PaymentsReconciliationRepository,
    CardTransactions,
    TransactionsRepository,
    CounterSessions,
    CounterSessionsRepository,
    BankFiles,
    BankFilesRepository,
    // The configured acquirer (PAY-1): the built-in test provider until a real one is implemented.
    { provide: PAYMENT_PROVIDER, inject: [AppConfig], useFactory: (c: AppConfig) => new TestProviderClient(c.PAYMENT_PROVIDER_URL, c.PAYMENT_PROVIDER_SECRET) },
  ],
  exports: [PaymentsReconciliationService],
})
export class PaymentsReconciliationModule {}
