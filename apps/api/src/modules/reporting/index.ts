export { ReportingModule } from './reporting.module';
export { ReportingService } from './reporting.service';
