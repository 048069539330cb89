export { ORDERS_ENTITIES, OrdersModule } from './orders.module';
export { OrdersService } from './orders.service';
export type { AdmitResult, OrderLine, OrderToRefund, OrderToSettle, PlaceOrderInput, PlacedOrder } from './orders.service';
export type { CancellationChange, CancellationPlan } from './order-cancellation.service';
export { OrderNumberTakenError, OrdersProblems } from './orders.errors';
export { OrderResponse, TicketResponse } from './dto/order.dto';
export type { Channel, OrderStatus } from './entities/order.entity';
export type { EventSales, OrderEventShare } from './sales-figures.repository';
export type { MovedTicket, ReschedulePlan } from './ticket-operations.service';
