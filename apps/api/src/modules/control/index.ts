export { CONTROL_ENTITIES, ControlModule } from './control.module';
export { ControlService } from './control.service';
export { ControlProblems, QuickCancellationCodeUnknownError, TicketAlreadyScannedError, TicketSoldError } from './control.errors';
