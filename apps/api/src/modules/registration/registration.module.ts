import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistrationFormRow } from './entities/registration-form.entity';
import { RegistrationUpload } from './entities/registration-upload.entity';
import { RegistrationFilesController, RegistrationFormController, ShopRegistrationFormController } from './registration.controller';
import { RegistrationJobs } from './registration.jobs';
import { RegistrationRepository } from './registration.repository';
import { RegistrationService } from './registration.service';

export const REGISTRATION_ENTITIES = [RegistrationFormRow, RegistrationUpload];

@Module({
  imports: [TypeOrmModule.forFeature(REGISTRATION_ENTITIES)],
  controllers: [RegistrationFormController, RegistrationFilesController, ShopRegistrationFormController],
  providers: [RegistrationService, RegistrationRepository, RegistrationJobs],
  exports: [RegistrationService],
})
export class RegistrationModule {}
