export { PAYMENTS_RECONCILIATION_ENTITIES, PaymentsReconciliationModule } from './payments-reconciliation.module';
export { PaymentsReconciliationService } from './payments-reconciliation.service';
export type { LedgerEntryInput } from './payments-reconciliation.service';
export { balanceOf } from './ledger';
export type { OrderLedger } from './ledger';
export { PaymentResponse, RefundResponse } from './dto/ledger.dto';
export { LEDGER_METHODS } from './entities/ledger-entry';
export type { LedgerMethod } from './entities/ledger-entry';
export { PaymentsProblems } from './payments-reconciliation.errors';
