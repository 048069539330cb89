import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { NotFoundError, ValidationFailedError } from '../../platform/http/problem';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { EventNotFoundError } from './catalog.errors';
import { CatalogRepository } from './catalog.repository';
import { CreateEventRequest } from './dto/create-event.dto';
import { DuplicateEventRequest } from './dto/duplicate-event.dto';
import { EventEditor } from './event-editor.service';
import { occurrences } from './recurrence';

/**
 * CAT-7 / CAT-8. A copy keeps every datum and parameter of the event — description, venue,
 * entertainment-tax flag, zones and their capacities, prices with their amounts, visibility and
 * zones — except its dates, which the organizer gives anew (so price limits to dates are dropped).
 * Across ticketings, only to another ticketing of the same organizer where the user may edit events.
 */
@Injectable()
export class EventDuplication {
  constructor(
    private readonly db: Database,
    private readonly repo: CatalogRepository,
    private readonly editor: EventEditor,
    private readonly tenancy: TenancyService,
  ) {}

  async duplicate(scope: TenantScope, userId: string, eventId: string, input: DuplicateEventRequest): Promise<{ target: TenantScope; eventIds: string[] }> {
    const target = input.targetTicketingId ? await this.targetOf(scope, userId, input.targetTicketingId) : scope;
    const source = await this.repo.findEvent(scope, eventId);
    if (!source) throw new EventNotFoundError();
    const [zones, prices] = await Promise.all([this.repo.zonesOf(scope, eventId), this.repo.pricesOf(scope, eventId)]);
    const amounts = await this.repo.amountsOf(
      scope,
      prices.map((p) => p.id),
    );

    const series = this.seriesOf(input);
    const copy = (dates: { startsAt: string; endsAt?: string }[]): CreateEventRequest => ({
      name: input.name?.trim() || source.name,
      description: source.description,
      venue: source.venue ?? undefined,
      venueAddress: source.venueAddress ?? undefined,
      status: source.status === 'archived' ? 'draft' : source.status,
      kind: input.mode === 'recurring' ? 'single' : dates.length > 1 ? 'multi' : source.kind,
      subjectToEntertainmentTax: source.subjectToEntertainmentTax,
      dates,
      zones: zones.map((z) => ({ name: z.name, capacity: z.capacity })),
      prices: prices.map((p) => ({
        name: p.name,
        kind: p.kind,
        visibility: p.visibility,
        attendeeFields: p.attendeeFields,
        amounts: amounts.filter((a) => a.priceId === p.id).map((a) => ({ amount: a.amount, currency: a.currency as 'CHF' | 'EUR' })),
      })),
    });

    const eventIds = await this.db.transaction(async () => {
      const created: string[] = [];
      for (const dates of series) {
        const newId = await this.editor.createEvent(target, copy(dates));
        await this.carryZoneLimits(target, newId, prices, zones);
        created.push(newId);
      }
      return created;
    });
    return { target, eventIds };
  }

  /** Price limits to zones follow the zones (matched by name) into the copy. */
  private async carryZoneLimits(
    target: TenantScope,
    newEventId: string,
    prices: { zoneIds: string[] | null }[],
    zones: { id: string; name: string }[],
  ): Promise<void> {
    if (prices.every((p) => !p.zoneIds)) return;
    const [newZones, newPrices] = await Promise.all([this.repo.zonesOf(target, newEventId), this.repo.pricesOf(target, newEventId)]);
    for (const [i, price] of prices.entries()) {
      if (!price.zoneIds) continue;
      const names = zones.filter((z) => price.zoneIds!.includes(z.id)).map((z) => z.name);
      await this.repo.updatePrice(target, newPrices[i].id, { zoneIds: newZones.filter((z) => names.includes(z.name)).map((z) => z.id) });
    }
  }

  private seriesOf(input: DuplicateEventRequest): { startsAt: string; endsAt?: string }[][] {
    if (input.mode === 'once') {
      if (!input.dates) throw new ValidationFailedError([{ field: 'dates', message: 'give the dates of the copy' }]);
      return [input.dates];
    }
    if (!input.recurrence) throw new ValidationFailedError([{ field: 'recurrence', message: 'give the series (first start, every, until)' }]);
    const { firstStartsAt, every, until, durationMinutes } = input.recurrence;
    const starts = occurrences(new Date(firstStartsAt), every, until);
    if (starts === null) throw new ValidationFailedError([{ field: 'recurrence.until', message: 'a series has at most 200 occurrences' }]);
    if (starts.length === 0) throw new ValidationFailedError([{ field: 'recurrence.until', message: 'must not be before the first occurrence' }]);
    return starts.map((s) => [
      { startsAt: s.toISOString(), ...(durationMinutes ? { endsAt: new Date(s.getTime() + durationMinutes * 60000).toISOString() } : {}) },
    ]);
  }

  /** Another ticketing of the same organizer where the user may edit events; anything else "does not exist". */
  private async targetOf(scope: TenantScope, userId: string, targetTicketingId: string): Promise<TenantScope> {
    const target = TenantScope.of(targetTicketingId.toLowerCase());
    const [role, here, there] = await Promise.all([
      this.tenancy.roleIn(userId, target.ticketingId),
      this.tenancy.ticketing(scope),
      this.tenancy.ticketing(target).catch(() => null),
    ]);
    if (!there || there.organizerId !== here.organizerId || (role !== 'admin' && role !== 'manager')) {
      throw new NotFoundError(TenancyProblems.TICKETING_NOT_FOUND, 'Target ticketing');
    }
    return target;
  }
}
