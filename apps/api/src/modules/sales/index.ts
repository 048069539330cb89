export { SALES_ENTITIES, SalesModule } from './sales.module';
export { SalesService } from './sales.service';
export type { CartDraft, ReleasedCart, SaleDraft, SaleRules } from './carts.service';
export type { CartLinesChange } from './cart-lines.service';
export type { GiftVoucherState } from './gift-vouchers.service';
export { GIFT_VOUCHER_STATUSES } from './entities/gift-voucher.entity';
export type { GiftVoucherStatus } from './entities/gift-voucher.entity';
export { CART_LINE_PROBLEMS, CART_STATE_PROBLEMS, GIFT_VOUCHER_REFUSALS, PROMO_CODE_REFUSALS, SalesProblems } from './sales.errors';
export {
  AddCartItemsRequest,
  AttendeesProperty,
  CartResponse,
  CheckoutRequest,
  CreateCartRequest,
  RemoveCartLineQuery,
  SHOP_PAYMENT_METHODS,
} from './dto/cart.dto';
export type { CheckoutAttendees, SaleMethod, ShopPaymentMethod } from './dto/cart.dto';
export { GiftVoucherPage, GiftVoucherResponse, IssueGiftVoucherRequest, ListGiftVouchersQuery } from './dto/gift-voucher.dto';
export type { GiftVoucherView } from './dto/gift-voucher.dto';
