import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogController } from './catalog.controller';
import { CatalogRepository } from './catalog.repository';
import { CatalogService } from './catalog.service';
import { Availability } from './entities/availability.entity';
import { DateSeat } from './entities/date-seat.entity';
import { EventDate } from './entities/event-date.entity';
import { CatalogEvent } from './entities/event.entity';
import { PlanSeat } from './entities/plan-seat.entity';
import { PriceAmount } from './entities/price-amount.entity';
import { Price } from './entities/price.entity';
import { SeatingPlan } from './entities/seating-plan.entity';
import { Zone } from './entities/zone.entity';
import { EventDuplication } from './event-duplication.service';
import { EventEditor } from './event-editor.service';
import { EventImages } from './event-images.service';
import { SeatingPlansController } from './seating-plans.controller';
import { SeatingRepository } from './seating.repository';
import { Seating } from './seating.service';

export const CATALOG_ENTITIES = [CatalogEvent, EventDate, Zone, Availability, Price, PriceAmount, SeatingPlan, PlanSeat, DateSeat];

@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES)],
  controllers: [CatalogController, SeatingPlansController],
  providers: [CatalogService, EventEditor, EventDuplication, EventImages, Seating, CatalogRepository, SeatingRepository],
  exports: [CatalogService],
})
export class CatalogModule {}
