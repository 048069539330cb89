import { Injectable } from '@nestjs/common';
import { Page } from '../../platform/http/pagination';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { HeldSeat } from '../catalog';
import { CartLines, CartLinesChange } from './cart-lines.service';
import { CartDraft, Carts, ReleasedCart, SaleDraft, SaleRules, SHOP_RULES } from './carts.service';
import { AddCartItemsRequest, CartResponse, CreateCartRequest, SaleMethod, SetCartGiftVouchersRequest } from './dto/cart.dto';
import { CreateGiftVoucherOfferRequest, GiftVoucherOfferResponse, UpdateGiftVoucherOfferRequest } from './dto/gift-voucher-offer.dto';
import { GiftVoucherView, IssueGiftVoucherRequest } from './dto/gift-voucher.dto';
import { CreatePromoCodeRequest, PromoCodeResponse, UpdatePromoCodeRequest } from './dto/promo-code.dto';
import { ShopSettingsResponse, UpdateShopSettingsRequest } from './dto/shop.dto';
import { ShopBrandingResponse, UpdateShopBrandingRequest } from './dto/shop-branding.dto';
import { ShopBrandings } from './shop-branding.service';
import { ShopDocumentHeadResponse, ShopTrackingResponse, UpdateShopTrackingRequest } from './dto/shop-tracking.dto';
import { ShopTrackings } from './shop-tracking.service';
import { GiftVoucherOffers } from './gift-voucher-offers.service';
import { GiftVouchers, GiftVoucherState, SoldVoucher } from './gift-vouchers.service';
import { PromoCodes } from './promo-codes.service';
import { SalesRepository } from './sales.repository';

/** What the shop shows until the organizer chooses: every display mode, the list first, places left shown. */
const DEFAULT_SHOP_SETTINGS: ShopSettingsResponse = { displayModes: ['list', 'month', 'week'], defaultDisplayMode: 'list', showRemaining: true };

/**
 * Sales façade: carts and what they are priced with — promo codes, gift vouchers (issued or sold
 * like an item), and the shop's settings. Writes that also touch places, orders or money (opening
 * a cart, checking it out, releasing it) are composed by the coordination layer from the
 * contributions below.
 */
@Injectable()
export class SalesService {
  constructor(
    private readonly repo: SalesRepository,
    private readonly carts: Carts,
    private readonly cartLines: CartLines,
    private readonly promos: PromoCodes,
    private readonly vouchers: GiftVouchers,
    private readonly offers: GiftVoucherOffers,
    private readonly brandings: ShopBrandings,
    private readonly trackings: ShopTrackings,
  ) {}

  // — Carts —

  /** Resolves a cart request (lines, prices, what to hold); writes nothing. */
  draftCart(scope: TenantScope, request: CreateCartRequest, shopCurrency: string, rules: SaleRules = SHOP_RULES): Promise<CartDraft> {
    return this.carts.draft(scope, request, shopCurrency, rules);
  }

  /** Writes a drafted cart as part of the caller's write. */
  openCart(scope: TenantScope, draft: CartDraft): Promise<void> {
    return this.carts.open(scope, draft);
  }

  /** A just-opened cart as the buyer sees it, with the best-available seats the write returned. */
  openedCartView(draft: CartDraft, bestSeats: HeldSeat[]): CartResponse {
    return this.carts.openedView(draft, bestSeats);
  }

  /** Tickets to add to an open cart (lines, prices, what to hold until its expiry); writes nothing. */
  draftCartAddition(scope: TenantScope, cartId: string, request: AddCartItemsRequest, rules: SaleRules = SHOP_RULES): Promise<CartLinesChange> {
    return this.cartLines.draftAddition(scope, cartId, request, rules);
  }

  /** Tickets to take off a line of an open cart (and the seats and places they give back); writes nothing. */
  draftCartLineRemoval(scope: TenantScope, cartId: string, lineId: string, quantity?: number): Promise<CartLinesChange> {
    return this.cartLines.draftRemoval(scope, cartId, lineId, quantity);
  }

  /** Writes a change of a cart's lines as part of the caller's write (fails it if the cart changed or closed meanwhile). */
  changeCartLines(scope: TenantScope, change: CartLinesChange): Promise<void> {
    return this.cartLines.write(scope, change);
  }

  /** Refuses a cart that is unknown, expired or closed (what a file uploaded for its checkout needs). */
  async requireOpenCart(scope: TenantScope, cartId: string): Promise<void> {
    await this.carts.requireOpen(scope, cartId);
  }

  getCart(scope: TenantScope, cartId: string): Promise<CartResponse> {
    return this.carts.get(scope, cartId);
  }

  setCartGiftVouchers(scope: TenantScope, cartId: string, request: SetCartGiftVouchersRequest): Promise<CartResponse> {
    return this.carts.setGiftVouchers(scope, cartId, request);
  }

  applyPromoCode(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    return this.carts.applyPromoCode(scope, cartId, code);
  }

  removePromoCode(scope: TenantScope, cartId: string): Promise<CartResponse> {
    return this.carts.removePromoCode(scope, cartId);
  }

  applyGiftVoucher(scope: TenantScope, cartId: string, code: string): Promise<CartResponse> {
    return this.carts.applyGiftVoucher(scope, cartId, code);
  }

  removeGiftVoucher(scope: TenantScope, cartId: string): Promise<CartResponse> {
    return this.carts.removeGiftVoucher(scope, cartId);
  }

  /** Prices an open cart for checkout and checks the payment method (`invitation`: every ticket at zero, codes ignored); writes nothing. */
  priceSale(scope: TenantScope, cartId: string, paymentMethod: SaleMethod, rules: SaleRules = SHOP_RULES): Promise<SaleDraft> {
    return this.carts.priceSale(scope, cartId, paymentMethod, rules);
  }

  /** Closes the sale's cart as part of its write (fails it with the cart's reason if it is no longer open). */
  closeCart(scope: TenantScope, sale: Pick<SaleDraft, 'cartId' | 'revision'>, now: Date, orderId: string): Promise<void> {
    return this.carts.close(scope, sale, now, orderId);
  }

  /** Spends the sale's promo code and gift voucher as part of its write (fails it if either can no longer pay). */
  spendCodes(scope: TenantScope, sale: SaleDraft, orderId: string, now: Date): Promise<void> {
    return this.carts.spend(scope, sale, orderId, now);
  }

  /** The gift vouchers a sale buys (ids and codes chosen now). */
  giftVouchersToSell(sale: SaleDraft, orderId: string, now: Date): SoldVoucher[] {
    return this.carts.giftVouchersToSell(sale, orderId, now);
  }

  /** Writes the vouchers a sale bought, as part of its write: spendable at once only if the order is paid. */
  issueSoldGiftVouchers(scope: TenantScope, sold: SoldVoucher[], orderPaid: boolean): Promise<void> {
    return this.vouchers.issueSold(scope, sold, orderPaid);
  }

  /** The vouchers an order bought become spendable, as part of the write that records its payment. */
  activateOrderGiftVouchers(scope: TenantScope, orderId: string): Promise<void> {
    return this.vouchers.activateForOrder(scope, orderId);
  }

  /** Closes an open cart the buyer gives back (in the caller's transaction); says what it held. */
  releaseCart(scope: TenantScope, cartId: string): Promise<Omit<ReleasedCart, 'ticketingId'>> {
    return this.carts.release(scope, cartId);
  }

  /** Marks a batch of overdue carts expired (in the caller's transaction); says what each held. */
  expireOverdueCarts(batch: number): Promise<ReleasedCart[]> {
    return this.carts.expireOverdue(batch);
  }

  /**
   * What a cancellation gives back, as part of its write: the promo code's use (a whole order) and
   * the gift vouchers the order sold (cancelled with it; refused if one was spent).
   */
  async giveBackForCancelledOrder(scope: TenantScope, order: { id: string; promoCode: string | null }): Promise<void> {
    if (order.promoCode) await this.promos.release(scope, order.promoCode);
    await this.vouchers.cancelForOrder(scope, order.id);
  }

  /** Whether a gift voucher an order sold was spent (the order can then no longer be cancelled whole). */
  orderGiftVouchersSpent(scope: TenantScope, orderId: string): Promise<boolean> {
    return this.vouchers.orderVouchersSpent(scope, orderId);
  }

  /** Gives back to a gift voucher what an order took from it (a refund to the voucher), as part of the caller's write. */
  creditGiftVoucher(scope: TenantScope, credit: { code: string; orderId: string; amount: number; at: Date }): Promise<void> {
    return this.vouchers.credit(scope, credit);
  }

  // — Promo codes —

  createPromoCode(scope: TenantScope, request: CreatePromoCodeRequest): Promise<PromoCodeResponse> {
    return this.promos.create(scope, request);
  }

  updatePromoCode(scope: TenantScope, id: string, request: UpdatePromoCodeRequest): Promise<PromoCodeResponse> {
    return this.promos.update(scope, id, request);
  }

  getPromoCode(scope: TenantScope, id: string): Promise<PromoCodeResponse> {
    return this.promos.get(scope, id);
  }

  listPromoCodes(scope: TenantScope, query: { limit?: number; cursor?: string }): Promise<Page<PromoCodeResponse>> {
    return this.promos.list(scope, query);
  }

  // — Gift vouchers —

  createGiftVoucherOffer(scope: TenantScope, request: CreateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    return this.offers.create(scope, request);
  }

  updateGiftVoucherOffer(scope: TenantScope, id: string, request: UpdateGiftVoucherOfferRequest): Promise<GiftVoucherOfferResponse> {
    return this.offers.update(scope, id, request);
  }

  getGiftVoucherOffer(scope: TenantScope, id: string): Promise<GiftVoucherOfferResponse> {
    return this.offers.get(scope, id);
  }

  /** The organizer's offers (all), or what the shop sells now (`onSaleOnly`). */
  listGiftVoucherOffers(scope: TenantScope, onSaleOnly = false): Promise<GiftVoucherOfferResponse[]> {
    return this.offers.list(scope, onSaleOnly);
  }

  issueGiftVoucher(scope: TenantScope, request: IssueGiftVoucherRequest): Promise<GiftVoucherView> {
    return this.vouchers.issue(scope, request);
  }

  getGiftVoucher(scope: TenantScope, id: string): Promise<GiftVoucherView> {
    return this.vouchers.get(scope, id);
  }

  listGiftVouchers(scope: TenantScope, query: { limit?: number; cursor?: string; code?: string }): Promise<Page<GiftVoucherView>> {
    return this.vouchers.list(scope, query);
  }

  cancelGiftVoucher(scope: TenantScope, id: string): Promise<GiftVoucherView> {
    return this.vouchers.cancel(scope, id);
  }

  /** Each voucher's state as sales holds it: what an order's detail and documents show. */
  giftVoucherStates(scope: TenantScope, ids: string[]): Promise<Map<string, GiftVoucherState>> {
    return this.vouchers.states(scope, ids);
  }

  // — Shop branding —

  getShopBranding(scope: TenantScope, slug: string): Promise<ShopBrandingResponse> {
    return this.brandings.get(scope, slug);
  }

  updateShopBranding(scope: TenantScope, slug: string, request: UpdateShopBrandingRequest): Promise<ShopBrandingResponse> {
    return this.brandings.update(scope, slug, request);
  }

  uploadShopLogo(scope: TenantScope, slug: string, data: Buffer): Promise<ShopBrandingResponse> {
    return this.brandings.uploadLogo(scope, slug, data);
  }

  removeShopLogo(scope: TenantScope, slug: string): Promise<ShopBrandingResponse> {
    return this.brandings.removeLogo(scope, slug);
  }

  /** The shop's logo (PNG), for documents; null without one. */
  async shopLogo(scope: TenantScope): Promise<Buffer | null> {
    return (await this.brandings.logo(scope))?.data ?? null;
  }

  /** The logo as the shop serves it; SHOP_LOGO_NOT_FOUND without one. */
  requireShopLogo(scope: TenantScope): Promise<{ data: Buffer; hash: string }> {
    return this.brandings.requireLogo(scope);
  }

  // — Shop tracking (SHOP-7) —

  getShopTracking(scope: TenantScope): Promise<ShopTrackingResponse> {
    return this.trackings.get(scope);
  }

  updateShopTracking(scope: TenantScope, request: UpdateShopTrackingRequest): Promise<ShopTrackingResponse> {
    return this.trackings.update(scope, request);
  }

  /** One shop page's <head> addition and Content-Security-Policy, with a fresh nonce. */
  shopDocumentHead(scope: TenantScope): Promise<ShopDocumentHeadResponse> {
    return this.trackings.documentHead(scope);
  }

  // — Shop settings —

  async getShopSettings(scope: TenantScope): Promise<ShopSettingsResponse> {
    const saved = await this.repo.findShopSettings(scope);
    return saved
      ? { displayModes: saved.displayModes, defaultDisplayMode: saved.defaultDisplayMode, showRemaining: saved.showRemaining }
      : DEFAULT_SHOP_SETTINGS;
  }

  async updateShopSettings(scope: TenantScope, request: UpdateShopSettingsRequest): Promise<ShopSettingsResponse> {
    if (!request.displayModes.includes(request.defaultDisplayMode)) {
      throw new ValidationFailedError([{ field: 'defaultDisplayMode', message: 'must be one of the offered displayModes' }]);
    }
    await this.repo.saveShopSettings(scope, request);
    return this.getShopSettings(scope);
  }
}
