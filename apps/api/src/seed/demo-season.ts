import { INestApplicationContext } from '@nestjs/common';
import { CatalogService } from '../modules/catalog';
import { SalesService } from '../modules/sales';
import { Database } from '../platform/database/database';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';

export const DEMO_LOGINS = [
  { email: 'admin@remparts.demo', password: 'remparts-demo', role: 'admin' },
  { email: 'controle@remparts.demo', password: 'remparts-demo', role: 'control' },
] as const;

/** A small theatre's season, dated from today so the shop always looks alive. */
const SEASON = [
  {
    in: 5,
    at: '20:00',
    name: 'Le Misanthrope',
    venue: 'Grande salle',
    zone: 'Parterre',
    capacity: 320,
    price: ['Plein tarif', 3800],
    description: "Molière, mise en scène de la Compagnie du Rempart. Alceste ne supporte plus l'hypocrisie de la société.",
  },
  {
    in: 12,
    at: '19:30',
    name: 'Les Fourberies de Scapin',
    venue: 'Grande salle',
    zone: 'Parterre',
    capacity: 320,
    price: ['Plein tarif', 3200],
    description: 'La comédie la plus vive de Molière, pour toute la famille.',
  },
  {
    in: 18,
    at: '17:00',
    name: "Concert de l'Avent",
    venue: 'Chapelle des Remparts',
    zone: 'Nef',
    capacity: 120,
    price: ['Entrée libre', 0],
    description: 'Ensemble vocal Arpège : chants de Noël de la Renaissance à nos jours. Entrée libre, réservation conseillée.',
  },
  {
    in: 21,
    at: '15:00',
    name: 'Le Conte de Noël (dès 6 ans)',
    venue: 'Petite salle',
    zone: 'Gradins',
    capacity: 80,
    price: ['Tarif unique', 1500],
    description: 'Un conte musical et marionnettes pour les enfants dès 6 ans.',
  },
  {
    in: 29,
    at: '21:00',
    name: 'Soirée impro — Nouvel An',
    venue: 'Grande salle',
    zone: 'Parterre',
    capacity: 200,
    price: ['Plein tarif', 4500],
    description: "La Ligue d'improvisation lausannoise fête la fin de l'année.",
  },
  {
    in: 44,
    at: '20:00',
    name: 'Cyrano de Bergerac',
    venue: 'Grande salle',
    zone: 'Parterre',
    capacity: 320,
    price: ['Plein tarif', 4200],
    description: 'Edmond Rostand. Panache, alexandrins et clair de lune.',
  },
] as const;

function dateIn(days: number, at: string): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  const [h, m] = at.split(':').map(Number);
  d.setUTCHours(h - 1, m, 0, 0); // Europe/Zurich in winter is UTC+1
  return d.toISOString();
}

/** Idempotent: does nothing when the demo organizer already exists. */
export async function seedDemoSeason(app: INestApplicationContext): Promise<'created' | 'present'> {
  const db = app.get(Database);
  const [existing] = await db.platformQuery(`SELECT 1 FROM users WHERE email = $1`, [DEMO_LOGINS[0].email]);
  if (existing) return 'present';

  const tenancy = app.get(TenancyService);
  const catalog = app.get(CatalogService);
  const sales = app.get(SalesService);
  const { organizer, user } = await tenancy.createOrganizer({
    name: 'Association du Théâtre des Remparts',
    admin: { email: DEMO_LOGINS[0].email, name: 'Léa Favre', password: DEMO_LOGINS[0].password },
  });
  const ticketing = await tenancy.createTicketing({ organizerId: organizer.id, slug: 'remparts', name: 'Théâtre des Remparts', adminUserId: user.id });
  const scope = TenantScope.of(ticketing.id);
  const { user: control } = await tenancy.createOrganizer({
    name: 'Association du Théâtre des Remparts (contrôle)',
    admin: { email: DEMO_LOGINS[1].email, name: 'Marc Pittet', password: DEMO_LOGINS[1].password },
  });
  await tenancy.addMember(control.id, scope, 'control');

  const buyers = [
    ['Camille', 'Rochat', 'camille.rochat@example.ch'],
    ['Nicolas', 'Berset', 'n.berset@example.ch'],
    ['Sofia', 'Marchetti', 'sofia.marchetti@example.ch'],
  ] as const;
  let b = 0;
  for (const show of SEASON) {
    const event = await catalog.createEvent(scope, {
      name: show.name,
      description: show.description,
      venue: show.venue,
      date: { startsAt: dateIn(show.in, show.at) },
      zone: { name: show.zone, capacity: show.capacity },
      price:
        show.price[1] === 0
          ? { name: show.price[0], kind: 'free' }
          : { name: show.price[0], kind: 'fixed', amount: { amount: show.price[1], currency: 'CHF' } },
    });
    // A few orders so the backoffice has something to show.
    for (let i = 0; i < 2; i++) {
      const [firstName, lastName, email] = buyers[b++ % buyers.length];
      const cart = await sales.createCart(scope, {
        items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 + i }],
      });
      await sales.checkoutCart(scope, cart.id, { customer: { firstName, lastName, email }, paymentMethod: show.price[1] === 0 ? 'free' : 'on_site' });
    }
  }
  return 'created';
}
