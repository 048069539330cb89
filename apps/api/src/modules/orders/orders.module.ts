import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PaymentsReconciliationModule } from '../payments-reconciliation';
import { SalesModule } from '../sales';
import { CatalogModule } from '../catalog';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { OrderHistoryEntry } from './entities/order-history-entry.entity';
import { Order } from './entities/order.entity';
import { Customer } from './entities/customer.entity';
import { OrderComment } from './entities/order-comment.entity';
import { OrderImport } from './entities/order-import.entity';
import { OrderImportsRepository } from './order-imports.repository';
import { Ticket } from './entities/ticket.entity';
import { OrderCancellation } from './order-cancellation.service';
import { OrderNotices } from './order-notices.service';
import { OrdersController } from './orders.controller';
import { OrdersJobs } from './orders.jobs';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { SalesFiguresRepository } from './sales-figures.repository';
import { OrderDocuments } from './order-documents.service';
import { ShopOrdersController } from './shop-orders.controller';
import { CustomersController } from './customers.controller';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import { OrderCommentsController } from './order-comments.controller';
import { OrderContactController } from './order-contact.controller';
import { Personalisation } from './personalisation.service';
import { PersonalisationController, ShopPersonalisationController } from './personalisation.controller';
import { TicketOperationsController } from './ticket-operations.controller';
import { TicketOperationsRepository } from './ticket-operations.repository';
import { TicketOperations } from './ticket-operations.service';
import { ReservationSplit } from './reservation-split.service';

export const ORDERS_ENTITIES = [Order, Ticket, OrderHistoryEntry, OrderGiftVoucher, Customer, OrderComment, OrderImport];

@Module({
  imports: [TypeOrmModule.forFeature(ORDERS_ENTITIES), PaymentsReconciliationModule, SalesModule, CatalogModule],
  controllers: [
    OrdersController,
    ShopOrdersController,
    CustomersController,
    OrderContactController,
    OrderCommentsController,
    TicketOperationsController,
    PersonalisationController,
    ShopPersonalisationController,
  ],
  providers: [
    SalesFiguresRepository,
    OrdersService,
    OrderDocuments,
    OrdersRepository,
    OrderCancellation,
    OrderNotices,
    OrdersJobs,
    CustomersService,
    CustomersRepository,
    TicketOperations,
    TicketOperationsRepository,
    ReservationSplit,
    Personalisation,
    OrderImportsRepository,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
