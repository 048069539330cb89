import { formatDateTime, formatDay, formatMoney, formatTime } from '../../platform/documents/format';

/** What the confirmation email tells, gathered by the orders façade. */
export interface ConfirmationContent {
  ticketingName: string;
  customerName: string;
  orderNumber: string;
  currency: string;
  /** Each show (event × date) with its tickets, in the order's order. */
  shows: {
    eventName: string;
    startsAt: Date;
    doorsAt: Date | null;
    venue: string | null;
    venueAddress: string | null;
    tickets: {
      zoneName: string;
      seat: { section: string | null; row: string | null; number: string | null } | null;
      priceName: string;
      listAmount: number;
      amount: number;
    }[];
  }[];
  giftVouchers: { name: string; code: string; amount: number; expiresAt: Date; status: 'awaiting_payment' | 'active' | 'cancelled' }[];
  subtotal: number;
  discount: { promoCode: string | null; amount: number } | null;
  total: number;
  /** What a gift voucher paid, among what was paid. */
  voucherPaid: { code: string; amount: number } | null;
  paid: number;
  due: number;
  /** Reserved, to be paid at the venue. */
  payOnSite: boolean;
  orderUrl: string;
  attached: { tickets: number; vouchers: number };
}

/** "Section Parterre, rang C, place 12" — only the parts a seat has. */
export function seatWords(seat: { section: string | null; row: string | null; number: string | null }): string {
  return [seat.section && `section ${seat.section}`, seat.row && `rang ${seat.row}`, seat.number && `place ${seat.number}`].filter(Boolean).join(', ');
}

const attachedWhat = (tickets: number, vouchers: number) =>
  vouchers === 0 ? 'Vos billets sont joints' : tickets === 0 ? 'Vos bons cadeaux sont joints' : 'Vos billets et bons cadeaux sont joints';

/** The email as text lines grouped in blocks (paragraphs); the HTML is built from the same blocks. */
function blocks(c: ConfirmationContent): { title?: string; lines: string[] }[] {
  const money = (amount: number) => formatMoney({ amount, currency: c.currency });
  const out: { title?: string; lines: string[] }[] = [
    { lines: [`Bonjour ${c.customerName},`] },
    { lines: [`Merci pour votre commande ${c.orderNumber}. ${attachedWhat(c.attached.tickets, c.attached.vouchers)} à ce message (PDF).`] },
  ];
  for (const show of c.shows) {
    const lines = [`${formatDateTime(show.startsAt)}${show.doorsAt ? ` — ouverture des portes à ${formatTime(show.doorsAt)}` : ''}`];
    const where = [show.venue, show.venueAddress].filter(Boolean).join(', ');
    if (where) lines.push(where);
    for (const t of show.tickets) {
      const place = t.seat ? `${t.zoneName}, ${seatWords(t.seat)}` : t.zoneName;
      const price = t.amount === t.listAmount ? money(t.amount) : `${money(t.listAmount)} (après réduction : ${money(t.amount)})`;
      lines.push(`${place} — ${t.priceName} — ${t.amount === 0 && t.listAmount === 0 ? 'gratuit' : price}`);
    }
    out.push({ title: show.eventName, lines });
  }
  if (c.giftVouchers.length) {
    out.push({
      title: 'Bons cadeaux',
      lines: c.giftVouchers.map((v) => {
        const note = v.status === 'awaiting_payment' ? ' — utilisable dès le paiement de la commande' : v.status === 'cancelled' ? ' — annulé' : '';
        return `Bon cadeau ${v.code} : ${money(v.amount)}, valable jusqu'au ${formatDay(v.expiresAt)}${note}.`;
      }),
    });
  }
  const amounts = [`Sous-total : ${money(c.subtotal)}`];
  if (c.discount) amounts.push(`Réduction${c.discount.promoCode ? ` (${c.discount.promoCode})` : ''} : −${money(c.discount.amount)}`);
  amounts.push(`Total : ${money(c.total)}`);
  if (c.voucherPaid) amounts.push(`Payé par bon cadeau ${c.voucherPaid.code} : ${money(c.voucherPaid.amount)}`);
  amounts.push(`Payé : ${money(c.paid)}`);
  if (c.due > 0) amounts.push(c.payOnSite ? `À régler sur place : ${money(c.due)}.` : `Reste à payer : ${money(c.due)}.`);
  out.push({ title: 'Montants', lines: amounts });
  out.push({ lines: [`Votre commande en ligne : ${c.orderUrl}`] });
  out.push({ lines: [c.ticketingName] });
  return out;
}

export function confirmationText(c: ConfirmationContent): string {
  return blocks(c)
    .map((b) => [...(b.title ? [b.title] : []), ...b.lines].join('\n'))
    .join('\n\n');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function confirmationHtml(c: ConfirmationContent): string {
  const link = escapeHtml(c.orderUrl);
  return blocks(c)
    .map((b) => {
      const lines = b.lines.map((l) => (l.includes(c.orderUrl) ? `Votre commande en ligne : <a href="${link}">${link}</a>` : escapeHtml(l))).join('<br>');
      return b.title ? `<h3>${escapeHtml(b.title)}</h3><p>${lines}</p>` : `<p>${lines}</p>`;
    })
    .join('\n');
}
