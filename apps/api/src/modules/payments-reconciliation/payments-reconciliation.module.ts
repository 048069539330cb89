import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Payment } from './entities/payment.entity';
import { Refund } from './entities/refund.entity';
import { PaymentsReconciliationRepository } from './payments-reconciliation.repository';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

export const PAYMENTS_RECONCILIATION_ENTITIES = [Payment, Refund];

@Module({
  imports: [TypeOrmModule.forFeature(PAYMENTS_RECONCILIATION_ENTITIES)],
  providers: [PaymentsReconciliationService, PaymentsReconciliationRepository],
  exports: [PaymentsReconciliationService],
})
export class PaymentsReconciliationModule {}
