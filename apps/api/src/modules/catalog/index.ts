export { CATALOG_ENTITIES, CatalogModule } from './catalog.module';
export { CatalogService } from './catalog.service';
export type { SaleLine, CapacityChange } from './catalog.service';
export type { HeldSeat } from './seating.repository';
export { EventResponse, EventSummaryResponse, EventPage } from './dto/event.dto';
export { unitAmountFor } from './price-rules';
export { DateSeatMapResponse } from './dto/seating-plan.dto';
export { CatalogProblems, NoAdjacentSeatsError, NoAdjacentSeatsFailure } from './catalog.errors';
