import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersModule } from '../orders';
import { ControlController } from './control.controller';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';
import { ControlDevice } from './entities/control-device.entity';
import { Scan } from './entities/scan.entity';

export const CONTROL_ENTITIES = [ControlDevice, Scan];

@Module({
  imports: [TypeOrmModule.forFeature(CONTROL_ENTITIES), OrdersModule],
  controllers: [ControlController],
  providers: [ControlService, ControlRepository],
  exports: [ControlService],
})
export class ControlModule {}
