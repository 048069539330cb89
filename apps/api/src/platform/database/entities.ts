import { Availability } from '../../modules/catalog/entities/availability.entity';
import { DateSeat } from '../../modules/catalog/entities/date-seat.entity';
import { EventDate } from '../../modules/catalog/entities/event-date.entity';
import { CatalogEvent } from '../../modules/catalog/entities/event.entity';
import { PriceAmount } from '../../modules/catalog/entities/price-amount.entity';
import { PlanSeat } from '../../modules/catalog/entities/plan-seat.entity';
import { Price } from '../../modules/catalog/entities/price.entity';
import { SeatingPlan } from '../../modules/catalog/entities/seating-plan.entity';
import { Zone } from '../../modules/catalog/entities/zone.entity';
import { ControlDevice } from '../../modules/control/entities/control-device.entity';
import { Scan } from '../../modules/control/entities/scan.entity';
import { OrderHistoryEntry } from '../../modules/orders/entities/order-history-entry.entity';
import { OrderGiftVoucher } from '../../modules/orders/entities/order-gift-voucher.entity';
import { Order } from '../../modules/orders/entities/order.entity';
import { Ticket } from '../../modules/orders/entities/ticket.entity';
import { Cart } from '../../modules/sales/entities/cart.entity';
import { GiftVoucherOffer } from '../../modules/sales/entities/gift-voucher-offer.entity';
import { GiftVoucherRedemption } from '../../modules/sales/entities/gift-voucher-redemption.entity';
import { GiftVoucher } from '../../modules/sales/entities/gift-voucher.entity';
import { PromoCode } from '../../modules/sales/entities/promo-code.entity';
import { ShopSettings } from '../../modules/sales/entities/shop-settings.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { Membership } from '../tenancy/entities/membership.entity';
import { Organizer } from '../tenancy/entities/organizer.entity';
import { SigningKey } from '../tenancy/entities/signing-key.entity';
import { Ticketing } from '../tenancy/entities/ticketing.entity';
import { User } from '../tenancy/entities/user.entity';

/** Every entity: the data source is the composition root, so it alone lists across modules. */
export const ENTITIES = [
  Organizer,
  User,
  Ticketing,
  Membership,
  SigningKey,
  OutboxMessage,
  CatalogEvent,
  EventDate,
  Zone,
  Availability,
  Price,
  PriceAmount,
  SeatingPlan,
  PlanSeat,
  DateSeat,
  Cart,
  ShopSettings,
  PromoCode,
  GiftVoucher,
  GiftVoucherOffer,
  OrderGiftVoucher,
  GiftVoucherRedemption,
  Order,
  Ticket,
  OrderHistoryEntry,
  ControlDevice,
  Scan,
];
