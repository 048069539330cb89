import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders';
import { PaymentsReconciliationModule } from '../payments-reconciliation';
import { ReportingController } from './reporting.controller';
import { ReportingService } from './reporting.service';

/** Reports across modules, read through their façades; no table of its own. */
@Module({
  imports: [OrdersModule, PaymentsReconciliationModule],
  controllers: [ReportingController],
  providers: [ReportingService],
  exports: [ReportingService],
})
export class ReportingModule {}
