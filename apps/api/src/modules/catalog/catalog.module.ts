import { Module } from '@nestjs/common';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { EventEditor } from './event-editor.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogService, EventEditor, CatalogRepository],
  exports: [CatalogService],
})
export class CatalogModule {}
