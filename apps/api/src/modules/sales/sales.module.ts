import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
import { GiftVoucherOffersController } from './gift-voucher-offers.controller';
import { GiftVoucherOffersRepository } from './gift-voucher-offers.repository';
import { GiftVoucherOffers } from './gift-voucher-offers.service';
import { GiftVouchersController } from './gift-vouchers.controller';
import { GiftVouchersRepository } from './gift-vouchers.repository';
import { GiftVouchers } from './gift-vouchers.service';
import { PromoCodesController } from './promo-codes.controller';
import { PromoCodesRepository } from './promo-codes.repository';
import { PromoCodes } from './promo-codes.service';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import { ShopController } from './shop.controller';
import { ShopSettingsController } from './shop-settings.controller';
import { ShopService } from './shop.service';

@Module({
  imports: [CatalogModule, OrdersModule],
  controllers: [ShopController, ShopSettingsController, PromoCodesController, GiftVouchersController, GiftVoucherOffersController],
  providers: [
    SalesService,
    SalesRepository,
    ShopService,
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
