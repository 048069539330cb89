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
import { SalesFiguresRepository } from './sales-figures.repository';
import { OrderDocuments } from './order-documents.service';
import { ShopOrdersController } from './shop-orders.controller';

export const ORDERS_ENTITIES = [Order, Ticket, OrderHistoryEntry, OrderGiftVoucher];

@Module({
  imports: [TypeOrmModule.forFeature(ORDERS_ENTITIES), PaymentsReconciliationModule, SalesModule, CatalogModule],
  controllers: [OrdersController, ShopOrdersController],
  providers: [SalesFiguresRepository, OrdersService, OrderDocuments, OrdersRepository, OrderCancellation, OrderNotices, OrdersJobs],
  exports: [OrdersService],
})
export class OrdersModule {}
