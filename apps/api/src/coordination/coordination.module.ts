import { OrderExchangeController } from './order-exchange.controller';
import { OrderExchange } from './order-exchange.service';
import { CounterSalesController } from './counter-sales.controller';
import { CounterSales } from './counter-sales.service';
import { GiftVouchersController } from './gift-vouchers.controller';
import { Module } from '@nestjs/common';
import { CatalogModule } from '../modules/catalog';
import { CustomerAccountsModule } from '../modules/customer-accounts';
import { ControlModule } from '../modules/control';
import { OrdersModule } from '../modules/orders';
import { QuickCancellations } from './quick-cancellations.service';
import { QuickCancellationsController } from './quick-cancellations.controller';
import { PaymentsReconciliationModule } from '../modules/payments-reconciliation';
import { RegistrationModule } from '../modules/registration';
import { SalesModule } from '../modules/sales';
import { CartHolds } from './cart-holds.service';
import { Checkout } from './checkout.service';
import { CheckoutOptions } from './checkout-options.service';
import { CoordinationJobs } from './coordination.jobs';
import { CoordinationService } from './coordination.service';
import { OrderChangesController } from './order-changes.controller';
import { OrderChanges } from './order-changes.service';
import { OrderRescheduleController } from './order-reschedule.controller';
import { OrderSplitController } from './order-split.controller';
import { OrderSplit } from './order-split.service';
import { OrderReschedule } from './order-reschedule.service';
import { Settlement } from './settlement.service';
import { ShopCartsController } from './shop-carts.controller';
import { RegistrationUploadsController } from './registration-uploads.controller';
import { OrderImportController } from './order-import/order-import.controller';
import { CardPayments } from './card-payments.service';
import { InvoiceDeadlines } from './invoice-deadlines.service';
import { CardPaymentsController } from './card-payments.controller';
import { OrderImportJobs } from './order-import/order-import.jobs';
import { OrderImporter } from './order-import/order-import.service';
import { BankReconciliationController } from './bank-reconciliation/bank-reconciliation.controller';
import { BankReconciliation } from './bank-reconciliation/bank-reconciliation.service';
import { BankReconciliationJobs } from './bank-reconciliation/bank-reconciliation.jobs';

/** Writes that span modules, in one place above them (ADR 0010). */
@Module({
  imports: [CatalogModule, SalesModule, OrdersModule, ControlModule, PaymentsReconciliationModule, CustomerAccountsModule, RegistrationModule],
  controllers: [
    QuickCancellationsController,
    ShopCartsController,
    OrderChangesController,
    OrderRescheduleController,
    OrderSplitController,
    CounterSalesController,
    OrderExchangeController,
    OrderImportController,
    CardPaymentsController,
    RegistrationUploadsController,
    GiftVouchersController,
    BankReconciliationController,
  ],
  providers: [
    QuickCancellations,
    CoordinationService,
    CartHolds,
    Checkout,
    CheckoutOptions,
    Settlement,
    OrderChanges,
    OrderReschedule,
    OrderSplit,
    CoordinationJobs,
    OrderImporter,
    OrderImportJobs,
    CardPayments,
    InvoiceDeadlines,
    CounterSales,
    OrderExchange,
    BankReconciliation,
    BankReconciliationJobs,
  ],
  exports: [CoordinationService],
})
export class CoordinationModule {}
