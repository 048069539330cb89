export { CONTROL_ENTITIES, ControlModule } from './control.module';
export { ControlService } from './control.service';
