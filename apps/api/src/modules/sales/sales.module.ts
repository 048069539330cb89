import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
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
  controllers: [ShopController, ShopSettingsController, PromoCodesController],
  providers: [SalesService, SalesRepository, ShopService, PromoCodes, PromoCodesRepository],
  exports: [SalesService],
})
export class SalesModule {}
