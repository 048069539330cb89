import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { ValidationFailedError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { OrdersService } from '../orders';
import { DoorDashboardRepository } from './door-dashboard.repository';
import { DoorDashboardResponse, DoorDateFigures, GateFigures } from './dto/door-dashboard.dto';

/** A device seen this recently is online (scans and the scanner page's door-list refresh mark it). */
const ONLINE_MS = 2 * 60_000;
/** The scans-per-minute chart's window. */
const CHART_MS = 60 * 60_000;
/** Codes that named no ticket count for the dates when read this recently. */
const UNATTRIBUTED_MS = 12 * 60 * 60_000;

/**
 * The door dashboard (issue 12): per date and zone who is expected, inside and entered; the scans of
 * the last hour per minute; refusals by reason; devices and gates online with what they scanned; the
 * offline conflicts. Read afresh on every call — the page asks every few seconds.
 */
@Injectable()
export class DoorDashboard {
  constructor(
    private readonly repo: DoorDashboardRepository,
    private readonly orders: OrdersService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async read(scope: TenantScope, dateIds: string[]): Promise<DoorDashboardResponse> {
    const wanted = [...new Set(dateIds.map((id) => id.toLowerCase()))];
    const foreign = await this.catalog.foreignDateIds(scope, wanted);
    if (foreign.length) throw new ValidationFailedError(foreign.map((id) => ({ field: 'dateIds', message: `no such date in this ticketing: ${id}` })));
    const now = this.clock.now();
    const since = new Date(now.getTime() - UNATTRIBUTED_MS);
    const [watched, figures, perMinute, refusals, devices, conflicts] = await Promise.all([
      this.catalog.doorDates(scope, wanted),
      this.orders.doorFigures(scope, wanted),
      this.repo.scansPerMinute(scope, wanted, new Date(now.getTime() - CHART_MS)),
      this.repo.refusals(scope, wanted, since),
      this.repo.devices(scope, wanted, since),
      this.repo.conflicts(scope, wanted),
    ]);
    // Every zone of every watched date, in the catalog's order, even before its first ticket.
    const zero = { tickets: 0, inside: 0, entered: 0 };
    const counted = new Map(figures.map((f) => [`${f.dateId}:${f.zoneId}`, f]));
    const dates: DoorDateFigures[] = watched.map((d) => {
      const zones = d.zones.map((z) => {
        const f = counted.get(`${d.dateId}:${z.id}`) ?? zero;
        return { zoneId: z.id, zoneName: z.name, tickets: f.tickets, inside: f.inside, entered: f.entered };
      });
      const sum = (k: 'tickets' | 'inside' | 'entered') => zones.reduce((n, z) => n + z[k], 0);
      return {
        dateId: d.dateId,
        eventName: d.eventName,
        startsAt: new Date(d.startsAt).toISOString(),
        tickets: sum('tickets'),
        inside: sum('inside'),
        entered: sum('entered'),
        zones,
      };
    });
    const deviceViews = devices.map((d) => ({
      id: d.id,
      name: d.name,
      gate: d.gate,
      online: !!d.lastSeenAt && now.getTime() - new Date(d.lastSeenAt).getTime() <= ONLINE_MS,
      lastSeenAt: d.lastSeenAt ? new Date(d.lastSeenAt).toISOString() : null,
      accepted: d.accepted,
      refused: d.refused,
    }));
    const gates = new Map<string | null, GateFigures>();
    for (const d of deviceViews) {
      const gate = gates.get(d.gate) ?? { gate: d.gate, devices: 0, online: 0, accepted: 0, refused: 0 };
      gate.devices += 1;
      gate.online += d.online ? 1 : 0;
      gate.accepted += d.accepted;
      gate.refused += d.refused;
      gates.set(d.gate, gate);
    }
    // The order and place of each conflicting ticket, from the orders module: what finds its people.
    const conflictIds = conflicts.map((c) => c.ticketId);
    const placeOf = new Map((await this.orders.ticketPlaces(scope, conflictIds)).map((p) => [p.ticketId, p]));
    return {
      generatedAt: now.toISOString(),
      dates,
      scansPerMinute: perMinute.map((m) => ({ minute: new Date(m.minute).toISOString(), accepted: m.accepted, refused: m.refused })),
      refusals,
      gates: [...gates.values()],
      devices: deviceViews,
      // Every conflict names a ticket of this ticketing (scans.ticket_id), so each has its place.
      conflicts: conflicts.flatMap((c) => {
        const place = placeOf.get(c.ticketId);
        return place ? [{ ...place, scans: c.scans.map((s) => ({ ...s, at: new Date(s.at).toISOString() })) }] : [];
      }),
    };
  }
}
