import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { EventDuplication } from './event-duplication.service';
import { EventEditor } from './event-editor.service';
import { SeatingPlansController } from './seating-plans.controller';
import { SeatingRepository } from './seating.repository';
import { Seating } from './seating.service';

@Module({
  controllers: [CatalogController, SeatingPlansController],
  providers: [CatalogService, EventEditor, EventDuplication, Seating, CatalogRepository, SeatingRepository],
  exports: [CatalogService],
})
export class CatalogModule {}
