import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PaymentsReconciliationModule } from '../payments-reconciliation';
import { SalesModule } from '../sales';
import { CatalogModule } from '../catalog';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { OrderHistoryEntry } from './entities/order-history-entry.entity';
import { Order } from './entities/order.entity';
import { Ticket } from './entities/ticket.entity';
import { OrderCancellation } from './order-cancellation.service';
import { OrderNotices } from './order-notices.service';
import { OrdersController } from './orders.controller';
import { OrdersJobs } from './orders.jobs';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { OrderDocuments } from './order-documents.service';
import { ShopOrdersController } from './shop-orders.controller';
import { Personalisation } from './personalisation.service';
import { PersonalisationController, ShopPersonalisationController } from './personalisation.controller';
import { TicketOperationsController } from './ticket-operations.controller';
import { TicketOperationsRepository } from './ticket-operations.repository';
import { TicketOperations } from './ticket-operations.service';

export const ORDERS_ENTITIES = [Order, Ticket, OrderHistoryEntry, OrderGiftVoucher];

@Module({
  imports: [TypeOrmModule.forFeature(ORDERS_ENTITIES), PaymentsReconciliationModule, SalesModule, CatalogModule],
  controllers: [OrdersController, ShopOrdersController, TicketOperationsController, PersonalisationController, ShopPersonalisationController],
  providers: [
    OrdersService,
    OrderDocuments,
    OrdersRepository,
    OrderCancellation,
    OrderNotices,
    OrdersJobs,
    TicketOperations,
    TicketOperationsRepository,
    Personalisation,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
