import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
import { ControlController } from './control.controller';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';
import { ControlDevice } from './entities/control-device.entity';
import { Scan } from './entities/scan.entity';
import { OfflineSyncController } from './offline-sync.controller';
import { OfflineSyncRepository } from './offline-sync.repository';
import { OfflineSync } from './offline-sync.service';

export const CONTROL_ENTITIES = [ControlDevice, Scan];

@Module({
  imports: [TypeOrmModule.forFeature(CONTROL_ENTITIES), OrdersModule, CatalogModule],
  controllers: [ControlController, OfflineSyncController],
  providers: [ControlService, ControlRepository, OfflineSync, OfflineSyncRepository],
  exports: [ControlService],
})
export class ControlModule {}
