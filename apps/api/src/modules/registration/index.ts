export { REGISTRATION_ENTITIES, RegistrationModule } from './registration.module';
export { RegistrationService } from './registration.service';
export { RegistrationProblems } from './registration.errors';
export { RegistrationSnapshotDto, RegistrationUploadResponse } from './dto/registration-form.dto';
export { DEFAULT_FORM } from './registration-form';
export type { CustomerInput, RegistrationSnapshot } from './registration-form';
export { SWEEP_ORPHAN_UPLOADS_JOB } from './registration.jobs';
