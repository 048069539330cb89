import { CounterCartsController } from './counter-carts.controller';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { CartLines } from './cart-lines.service';
import { Carts } from './carts.service';
import { Cart } from './entities/cart.entity';
import { GiftVoucherOffer } from './entities/gift-voucher-offer.entity';
import { GiftVoucherRedemption } from './entities/gift-voucher-redemption.entity';
import { GiftVoucher } from './entities/gift-voucher.entity';
import { PromoCode } from './entities/promo-code.entity';
import { ShopSettings } from './entities/shop-settings.entity';
import { ShopBranding } from './entities/shop-branding.entity';
import { ShopBrandings } from './shop-branding.service';
import { ShopTracking } from './entities/shop-tracking.entity';
import { ShopDocumentController, ShopTrackingController } from './shop-tracking.controller';
import { ShopTrackingRepository } from './shop-tracking.repository';
import { ShopTrackings } from './shop-tracking.service';
import { GiftVoucherOffersController } from './gift-voucher-offers.controller';
import { GiftVoucherOffersRepository } from './gift-voucher-offers.repository';
import { GiftVoucherOffers } from './gift-voucher-offers.service';
import { GiftVouchersRepository } from './gift-vouchers.repository';
import { GiftVouchers } from './gift-vouchers.service';
import { PromoCodesController } from './promo-codes.controller';
import { PromoCodesRepository } from './promo-codes.repository';
import { PromoCodes } from './promo-codes.service';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import { ShopController } from './shop.controller';
import { ShopBrandingController, ShopSettingsController } from './shop-settings.controller';
import { ShopService } from './shop.service';

export const SALES_ENTITIES = [Cart, ShopSettings, ShopBranding, ShopTracking, PromoCode, GiftVoucher, GiftVoucherOffer, GiftVoucherRedemption];

@Module({
  imports: [TypeOrmModule.forFeature(SALES_ENTITIES), CatalogModule],
  controllers: [
    ShopController,
    CounterCartsController,
    ShopSettingsController,
    ShopBrandingController,
    ShopTrackingController,
    ShopDocumentController,
    PromoCodesController,
    GiftVoucherOffersController,
  ],
  providers: [
    SalesService,
    SalesRepository,
    Carts,
    CartLines,
    ShopService,
    ShopBrandings,
    ShopTrackings,
    ShopTrackingRepository,
    PromoCodes,
    PromoCodesRepository,
    GiftVouchers,
    GiftVouchersRepository,
    GiftVoucherOffers,
    GiftVoucherOffersRepository,
  ],
  exports: [SalesService],
})
export class SalesModule {}
