import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { OrdersModule } from '../orders';
import { ControlDevices } from './control-devices.service';
import { ControlProfiles } from './control-profiles.service';
import { ControlProfilesController } from './control-profiles.controller';
import { ControlController } from './control.controller';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';
import { DoorOperations } from './door-operations.service';
import { ControlDevice } from './entities/control-device.entity';
import { ControlLoginCode } from './entities/control-login-code.entity';
import { ControlProfile } from './entities/control-profile.entity';
import { Scan } from './entities/scan.entity';
import { DoorDashboardController } from './door-dashboard.controller';
import { DoorDashboardRepository } from './door-dashboard.repository';
import { DoorDashboard } from './door-dashboard.service';
import { OfflineSyncController } from './offline-sync.controller';
import { OfflineSyncRepository } from './offline-sync.repository';
import { OfflineSync } from './offline-sync.service';
import { ScannedCodes } from './scanned-codes';

export const CONTROL_ENTITIES = [ControlDevice, ControlProfile, ControlLoginCode, Scan];

@Module({
  imports: [TypeOrmModule.forFeature(CONTROL_ENTITIES), OrdersModule, CatalogModule],
  controllers: [ControlController, ControlProfilesController, OfflineSyncController, DoorDashboardController],
  providers: [
    ControlService,
    ControlDevices,
    ScannedCodes,
    DoorOperations,
    ControlProfiles,
    ControlRepository,
    OfflineSync,
    OfflineSyncRepository,
    DoorDashboard,
    DoorDashboardRepository,
  ],
  exports: [ControlService],
})
export class ControlModule {}
