import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionController } from './commission.controller';
import { CommissionCharge } from './entities/commission-charge.entity';
import { CommissionTerms } from './entities/commission-terms.entity';
import { Payment } from './entities/payment.entity';
import { Refund } from './entities/refund.entity';
import { PaymentsReconciliationRepository } from './payments-reconciliation.repository';
import { PaymentsReconciliationService } from './payments-reconciliation.service';

export const PAYMENTS_RECONCILIATION_ENTITIES = [Payment, Refund, CommissionTerms, CommissionCharge];

@Module({
  imports: [TypeOrmModule.forFeature(PAYMENTS_RECONCILIATION_ENTITIES)],
  controllers: [CommissionController],
  providers: [PaymentsReconciliationService, PaymentsReconciliationRepository],
  exports: [PaymentsReconciliationService],
})
export class PaymentsReconciliationModule {}
