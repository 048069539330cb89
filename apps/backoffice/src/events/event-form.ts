import type { components } from '@guichet/api-client';
import { zurichLocalToIso } from '@guichet/ui';
import { amountFieldRenamer, draftAmounts, priceDraftErrors, type FieldError, type PriceDraft } from './price-draft';

type CreateEvent = components['schemas']['CreateEventRequest'];
type EventDateRequest = components['schemas']['EventDateRequest'];

/** A date row: `<input type="datetime-local">` values, Zurich wall-clock time. */
export interface DateRow {
  startsAt: string;
  endsAt: string;
}

/**
 * A zone row: general admission with a capacity, or seated — the seats of one category of a
 * seating plan (its capacity is then the plan's sellable seats).
 */
export interface ZoneRow {
  name: string;
  capacity: string;
  kind?: 'general_admission' | 'seated';
  planId?: string;
  category?: string;
}

export interface EventForm {
  name: string;
  description: string;
  venue: string;
  status: NonNullable<CreateEvent['status']>;
  kind: NonNullable<CreateEvent['kind']>;
  subjectToEntertainmentTax: boolean;
  dates: DateRow[];
  zones: ZoneRow[];
  prices: PriceDraft[];
}

const CAPACITY = /^\d{1,7}$/;

/** Start, and end when given, must be readable and the end after the start. Fields under `path` (`dates[2]`). */
export function dateRowErrors(row: DateRow, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const startsAt = zurichLocalToIso(row.startsAt);
  if (!startsAt) errors.push({ field: `${path}.startsAt`, message: 'Indiquez la date et l’heure de début.' });
  if (row.endsAt) {
    const endsAt = zurichLocalToIso(row.endsAt);
    if (!endsAt) errors.push({ field: `${path}.endsAt`, message: 'Date de fin invalide.' });
    else if (startsAt && new Date(endsAt) <= new Date(startsAt)) errors.push({ field: `${path}.endsAt`, message: 'La fin doit suivre le début.' });
  }
  return errors;
}

export function toDateRequest(row: DateRow): EventDateRequest {
  const endsAt = row.endsAt ? zurichLocalToIso(row.endsAt) : null;
  return { startsAt: zurichLocalToIso(row.startsAt) ?? row.startsAt, ...(endsAt ? { endsAt } : {}) };
}

export function zoneRowErrors(row: ZoneRow, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!row.name.trim()) errors.push({ field: `${path}.name`, message: 'Le nom de la zone est obligatoire.' });
  if (row.kind === 'seated') {
    if (!row.planId) errors.push({ field: `${path}.planId`, message: 'Choisissez un plan de salle.' });
    if (!row.category) errors.push({ field: `${path}.category`, message: 'Choisissez une catégorie.' });
    return errors;
  }
  if (!CAPACITY.test(String(row.capacity).trim()) || Number(row.capacity) > 1_000_000) {
    errors.push({ field: `${path}.capacity`, message: 'Indiquez un nombre de places entier (0 à 1 000 000).' });
  }
  return errors;
}

/** Every error the browser can find, named like the API names them (`prices[1].name`) or like the inputs (`prices[1].amounts[EUR]`). */
export function eventFormErrors(form: EventForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.name.trim()) errors.push({ field: 'name', message: 'Le nom est obligatoire.' });
  if (form.dates.length === 0) errors.push({ field: 'dates', message: 'Ajoutez au moins une date.' });
  if (form.kind === 'single' && form.dates.length > 1) errors.push({ field: 'dates', message: 'Un événement à date unique a une seule date.' });
  form.dates.forEach((row, i) => errors.push(...dateRowErrors(row, `dates[${i}]`)));
  if (form.zones.length === 0) errors.push({ field: 'zones', message: 'Ajoutez au moins une zone.' });
  form.zones.forEach((row, i) => errors.push(...zoneRowErrors(row, `zones[${i}]`)));
  if (form.prices.length === 0) errors.push({ field: 'prices', message: 'Ajoutez au moins un tarif.' });
  form.prices.forEach((draft, i) => errors.push(...priceDraftErrors(draft, `prices[${i}]`, form)));
  return errors;
}

export function toCreateEventRequest(form: EventForm): CreateEvent {
  return {
    name: form.name.trim(),
    description: form.description.trim() || undefined,
    venue: form.venue.trim() || undefined,
    status: form.status,
    kind: form.kind,
    subjectToEntertainmentTax: form.subjectToEntertainmentTax,
    dates: form.dates.map(toDateRequest),
    zones: form.zones.map((z) =>
      z.kind === 'seated' ? { name: z.name.trim(), planId: z.planId, category: z.category } : { name: z.name.trim(), capacity: Number(z.capacity) },
    ),
    prices: form.prices.map((p) => ({
      name: p.name.trim(),
      kind: p.kind,
      ...(p.kind === 'free' ? {} : { amounts: draftAmounts(p) }),
      visibility: p.visibility,
    })),
  };
}

/** Maps the API's names for the amounts of the form's prices onto the per-currency inputs. */
export function eventFieldRenamer(form: EventForm): (field: string) => string {
  const renamers = form.prices.map((draft, i) => amountFieldRenamer(draft, `prices[${i}]`));
  return (field) => {
    for (const rename of renamers) {
      const renamed = rename(field);
      if (renamed) return renamed;
    }
    return field;
  };
}
