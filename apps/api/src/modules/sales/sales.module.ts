import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import { ShopController } from './shop.controller';
import { ShopService } from './shop.service';

@Module({
  imports: [CatalogModule, OrdersModule],
  controllers: [ShopController],
  providers: [SalesService, SalesRepository, ShopService],
  exports: [SalesService],
})
export class SalesModule {}
