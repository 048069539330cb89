import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders';
import { ControlController } from './control.controller';
import { ControlRepository } from './control.repository';
import { ControlService } from './control.service';

@Module({
  imports: [OrdersModule],
  controllers: [ControlController],
  providers: [ControlService, ControlRepository],
  exports: [ControlService],
})
export class ControlModule {}
