import { INestApplicationContext } from '@nestjs/common';
import { CatalogService } from '../modules/catalog';
import { SalesService } from '../modules/sales';
import { CoordinationService } from '../coordination/coordination.service';
import { Clock } from '../platform/clock/clock';
import { Database } from '../platform/database/database';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';

export const DEMO_PROMO_CODE = 'AMIS10';

export const DEMO_LOGINS = [
  { email: 'admin@remparts.demo', password: 'remparts-demo', role: 'admin' },
  { email: 'controle@remparts.demo', password: 'remparts-demo', role: 'control' },
] as const;

type Show = {
  name: string;
  venue: string;
  description: string;
  /** Days from today and local start times: one entry per performance. */
  dates: [number, string][];
  zones: [string, number][];
  prices: { name: string; kind: 'fixed' | 'free' | 'pay_what_you_want'; chf?: number; eur?: number }[];
  tax?: boolean;
};

/** A small theatre's season, dated from today so the shop always looks alive. */
const SEASON: Show[] = [
  {
    name: 'Le Misanthrope',
    venue: 'Grande salle',
    description: "Molière, mise en scène de la Compagnie du Rempart. Alceste ne supporte plus l'hypocrisie de la société.",
    dates: [
      [5, '20:00'],
      [6, '20:00'],
      [7, '17:00'],
      [12, '20:00'],
      [13, '20:00'],
    ],
    zones: [
      ['Parterre', 220],
      ['Balcon', 100],
    ],
    prices: [
      { name: 'Plein tarif', kind: 'fixed', chf: 3800, eur: 4000 },
      { name: 'AVS / étudiant', kind: 'fixed', chf: 2500, eur: 2600 },
    ],
    tax: true,
  },
  {
    name: 'Les Fourberies de Scapin',
    venue: 'Grande salle',
    description: 'La comédie la plus vive de Molière, pour toute la famille.',
    dates: [[12, '19:30']],
    zones: [['Parterre', 320]],
    prices: [{ name: 'Plein tarif', kind: 'fixed', chf: 3200 }],
    tax: true,
  },
  {
    name: "Concert de l'Avent",
    venue: 'Chapelle des Remparts',
    description: 'Ensemble vocal Arpège : chants de Noël de la Renaissance à nos jours. Prix libre — vous donnez ce que vous voulez.',
    dates: [[18, '17:00']],
    zones: [['Nef', 120]],
    prices: [{ name: 'Prix libre', kind: 'pay_what_you_want', chf: 1000, eur: 1000 }],
  },
  {
    name: 'Le Conte de Noël (dès 6 ans)',
    venue: 'Petite salle',
    description: 'Un conte musical et marionnettes pour les enfants dès 6 ans.',
    dates: [
      [19, '14:00'],
      [19, '16:30'],
      [20, '14:00'],
      [20, '16:30'],
      [21, '15:00'],
    ],
    zones: [['Gradins', 80]],
    prices: [
      { name: 'Enfant', kind: 'fixed', chf: 1200 },
      { name: 'Adulte', kind: 'fixed', chf: 1800 },
    ],
  },
  {
    name: 'Répétition publique',
    venue: 'Petite salle',
    description: 'Assistez à une répétition de la prochaine création. Entrée libre sur réservation.',
    dates: [[9, '18:30']],
    zones: [['Gradins', 60]],
    prices: [{ name: 'Entrée libre', kind: 'free' }],
  },
  {
    name: 'Soirée impro — Nouvel An',
    venue: 'Grande salle',
    description: "La Ligue d'improvisation lausannoise fête la fin de l'année.",
    dates: [[29, '21:00']],
    zones: [['Parterre', 200]],
    prices: [{ name: 'Plein tarif', kind: 'fixed', chf: 4500 }],
    tax: true,
  },
];

/** The Grande salle drawn as a plan: a parterre of 12 rows with a centre aisle, a balcony behind. */
function grandeSalle() {
  const seats: {
    section: string;
    row: string;
    number: string;
    x: number;
    y: number;
    category: string;
    kind?: 'wheelchair' | 'companion';
    blocked?: boolean;
  }[] = [];
  'ABCDEFGHIJKL'.split('').forEach((row, r) => {
    for (let n = 1; n <= 20; n++) {
      const seat = {
        section: 'Parterre',
        row,
        number: String(n),
        x: 40 + (n - 1) * 28 + (n > 10 ? 40 : 0),
        y: 80 + r * 30,
        category: r < 6 ? 'Catégorie 1' : 'Catégorie 2',
      };
      if (row === 'L' && n <= 2) seats.push({ ...seat, kind: n === 1 ? 'wheelchair' : 'companion' });
      else if (row === 'F' && n === 20)
        seats.push({ ...seat, blocked: true }); // the sound desk
      else seats.push(seat);
    }
  });
  'MNOP'.split('').forEach((row, r) => {
    for (let n = 1; n <= 16; n++) seats.push({ section: 'Balcon', row, number: String(n), x: 96 + (n - 1) * 30, y: 480 + r * 30, category: 'Balcon' });
  });
  return { name: 'Grande salle', width: 680, height: 600, seats };
}

/** A date `days` after today at a Zurich wall-clock time (`at`). */
function dateIn(today: Date, days: number, at: string): string {
  const d = new Date(today);
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

  const today = app.get(Clock).now();
  const tenancy = app.get(TenancyService);
  const catalog = app.get(CatalogService);
  const sales = app.get(SalesService);
  const coordination = app.get(CoordinationService);
  // The demo's orders are placed as the shop places them.
  const sell = (cartId: string, customer: { firstName: string; lastName: string; email: string }, paymentMethod: 'free' | 'on_site') =>
    coordination.placeSale(
      scope,
      cartId,
      { customer, paymentMethod },
      { channel: 'shop', actor: { kind: 'customer', id: null, label: `${customer.firstName} ${customer.lastName}` } },
    );
  const { organizer, user } = await tenancy.createOrganizer({
    name: 'Association du Théâtre des Remparts',
    admin: { email: DEMO_LOGINS[0].email, name: 'Léa Favre', password: DEMO_LOGINS[0].password },
  });
  const ticketing = await tenancy.createTicketing({ organizerId: organizer.id, slug: 'remparts', name: 'Théâtre des Remparts', adminUserId: user.id });
  const scope = TenantScope.of(ticketing.id);
  // The door staff is a user of the same organizer, with the control role in this ticketing only.
  const control = await tenancy.createUser({ organizerId: organizer.id, email: DEMO_LOGINS[1].email, name: 'Marc Pittet', password: DEMO_LOGINS[1].password });
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
      status: 'published',
      description: show.description,
      venue: show.venue,
      subjectToEntertainmentTax: show.tax ?? false,
      dates: show.dates.map(([days, at]) => ({ startsAt: dateIn(today, days, at) })),
      zones: show.zones.map(([name, capacity]) => ({ name, capacity })),
      prices: show.prices.map((p) => ({
        name: p.name,
        kind: p.kind,
        amounts: [...(p.chf ? [{ amount: p.chf, currency: 'CHF' as const }] : []), ...(p.eur ? [{ amount: p.eur, currency: 'EUR' as const }] : [])],
      })),
    });
    // A few orders so the backoffice has something to show.
    for (let i = 0; i < 2; i++) {
      const [firstName, lastName, email] = buyers[b++ % buyers.length];
      const price = event.prices[i % event.prices.length];
      const cart = await coordination.openCart(
        scope,
        {
          items: [
            {
              dateId: event.dates[i % event.dates.length].id,
              zoneId: event.zones[0].id,
              priceId: price.id,
              quantity: 2 + i,
              ...(price.kind === 'pay_what_you_want' ? { amount: 1500 + 500 * i } : {}),
            },
          ],
        },
        'CHF',
      );
      const placed = await sell(cart.id, { firstName, lastName, email }, price.kind === 'free' ? 'free' : 'on_site');
      // Half the reservations paid at the counter since, by cash or card: the reports and the cash book have figures.
      if (placed.status === 'reserved' && i === 0)
        await coordination.recordPayment(scope, placed.id, { method: b % 2 ? 'cash' : 'card' }, { kind: 'user', id: user.id, label: 'Léa Favre' });
    }
  }
  // A seated show on the drawn plan, one price per category.
  const plan = await catalog.createSeatingPlan(scope, grandeSalle());
  const cyrano = await catalog.createEvent(scope, {
    name: 'Cyrano de Bergerac',
    status: 'published',
    venue: 'Grande salle',
    venueAddress: 'Rue du Château 3, 1510 Moudon',
    description: 'Edmond Rostand. Panache, alexandrins et clair de lune. Places numérotées : choisissez-les sur le plan.',
    subjectToEntertainmentTax: true,
    dates: [
      { startsAt: dateIn(today, 44, '20:00'), doorsAt: dateIn(today, 44, '19:30') },
      { startsAt: dateIn(today, 45, '20:00'), doorsAt: dateIn(today, 45, '19:30') },
      { startsAt: dateIn(today, 46, '17:00'), doorsAt: dateIn(today, 46, '16:30') },
    ],
    zones: [
      { name: 'Catégorie 1', planId: plan.id, category: 'Catégorie 1' },
      { name: 'Catégorie 2', planId: plan.id, category: 'Catégorie 2' },
      { name: 'Balcon', planId: plan.id, category: 'Balcon' },
    ],
    prices: [
      {
        name: 'Catégorie 1',
        kind: 'fixed',
        amounts: [
          { amount: 5200, currency: 'CHF' },
          { amount: 5400, currency: 'EUR' },
        ],
      },
      {
        name: 'Catégorie 2',
        kind: 'fixed',
        amounts: [
          { amount: 4200, currency: 'CHF' },
          { amount: 4400, currency: 'EUR' },
        ],
      },
      {
        name: 'Balcon',
        kind: 'fixed',
        amounts: [
          { amount: 3200, currency: 'CHF' },
          { amount: 3300, currency: 'EUR' },
        ],
      },
    ],
  });
  for (const [i, price] of cyrano.prices.entries()) await catalog.updatePrice(scope, cyrano.id, price.id, { zoneIds: [cyrano.zones[i].id] });
  const seated = await coordination.openCart(
    scope,
    { items: [{ dateId: cyrano.dates[0].id, zoneId: cyrano.zones[0].id, priceId: cyrano.prices[0].id, quantity: 2 }] },
    'CHF',
  );
  await sell(seated.id, { firstName: 'Camille', lastName: 'Rochat', email: 'camille.rochat@example.ch' }, 'on_site');

  await sales.updateShopBranding(scope, 'remparts', {
    mainColor: '#7a1f3d',
    contactEmail: 'billetterie@remparts.demo',
    contactPhone: '+41 21 905 00 00',
    contactAddress: 'Rue du Château 3, 1510 Moudon',
  });
  await sales.createPromoCode(scope, { code: DEMO_PROMO_CODE, kind: 'percentage', percent: 10 });
  await sales.issueGiftVoucher(scope, { amount: { amount: 5000, currency: 'CHF' }, note: 'Bon cadeau de démonstration' });
  // What the shop sells as gift vouchers: a classic value and one the buyer chooses.
  await sales.createGiftVoucherOffer(scope, { name: 'Bon cadeau 50 francs', currency: 'CHF', amount: 5000, validityMonths: 12 });
  await sales.createGiftVoucherOffer(scope, { name: 'Bon cadeau à votre mesure', currency: 'CHF', minAmount: 2000, maxAmount: 30000, validityMonths: 24 });
  return 'created';
}
