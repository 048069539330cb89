import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { EventDuplication } from './event-duplication.service';
import { EventEditor } from './event-editor.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogService, EventEditor, EventDuplication, CatalogRepository],
  exports: [CatalogService],
})
export class CatalogModule {}
