import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import { ShopController } from './shop.controller';
import { ShopSettingsController } from './shop-settings.controller';
import { ShopService } from './shop.service';

@Module({
  imports: [CatalogModule, OrdersModule],
  controllers: [ShopController, ShopSettingsController],
  providers: [SalesService, SalesRepository, ShopService],
  exports: [SalesService],
})
export class SalesModule {}
