export { ControlModule } from './control.module';
export { ControlService } from './control.service';
