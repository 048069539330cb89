export { OrdersModule } from './orders.module';
export { isOrderNumberTaken, OrdersService } from './orders.service';
export type { Actor, AdmitResult, OrderLine, PlaceOrderInput, PlacedOrder, SoldGiftVoucher } from './orders.service';
export { MailProcessor } from './order-confirmation.processor';
export { ShopOrderResponse, OrderAccessQuery, TicketResponse } from './dto/order.dto';
export type { OrderStatus } from './entities/order.entity';
