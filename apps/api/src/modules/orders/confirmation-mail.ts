import { formatDateTime, formatDay, formatMoney, formatTime } from '../../platform/documents/format';
import { documentLanguage, type DocumentWords, type Language } from '../../platform/documents/words';

/** What the confirmation email tells, gathered by the orders façade. */
export interface ConfirmationContent {
  ticketingName: string;
  customerName: string;
  orderNumber: string;
  /** The order's language: the email's words, amounts and dates. */
  language: Language;
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
  /** Given away at the counter (ADR 0036): each ticket says « Invitation » instead of a price. */
  invitation?: boolean;
  orderUrl: string;
  attached: { tickets: number; vouchers: number };
  /** An invoice order awaiting payment: its invoice is attached instead of the tickets (`reminder`: sent again, ADR 0052). */
  invoice: { due: string; dueOn: string; reminder?: boolean } | null;
}

/** "section Parterre, rang C, place 12" — only the parts a seat has, in the order's language. */
export function seatWords(seat: { section: string | null; row: string | null; number: string | null }, words: DocumentWords['seat']): string {
  return [seat.section && `${words.section} ${seat.section}`, seat.row && `${words.row} ${seat.row}`, seat.number && `${words.number} ${seat.number}`]
    .filter(Boolean)
    .join(', ');
}

/** The email as text lines grouped in blocks (paragraphs); the HTML is built from the same blocks. */
function blocks(c: ConfirmationContent): { title?: string; lines: string[] }[] {
  const { words, locale } = documentLanguage(c.language);
  const w = words.confirmation;
  const money = (amount: number) => formatMoney({ amount, currency: c.currency }, locale);
  const out: { title?: string; lines: string[] }[] = [
    { lines: [words.hello(c.customerName)] },
    {
      lines: [
        c.invoice
          ? (c.invoice.reminder ? words.invoice.reminder : words.invoice.attached)(c.orderNumber, c.invoice.due, c.invoice.dueOn)
          : w.thanks(c.orderNumber, c.attached),
      ],
    },
  ];
  for (const show of c.shows) {
    const lines = [`${formatDateTime(show.startsAt, locale)}${show.doorsAt ? w.doorsAt(formatTime(show.doorsAt, locale)) : ''}`];
    const where = [show.venue, show.venueAddress].filter(Boolean).join(', ');
    if (where) lines.push(where);
    for (const t of show.tickets) {
      const place = t.seat ? `${t.zoneName}, ${seatWords(t.seat, words.seat)}` : t.zoneName;
      const price = t.amount === t.listAmount ? money(t.amount) : w.afterDiscount(money(t.listAmount), money(t.amount));
      lines.push(`${place} — ${t.priceName} — ${c.invitation ? words.pdf.invitation : t.amount === 0 && t.listAmount === 0 ? words.free : price}`);
    }
    out.push({ title: show.eventName, lines });
  }
  if (c.giftVouchers.length) {
    out.push({
      title: w.giftVouchers,
      lines: c.giftVouchers.map((v) => {
        const note = v.status === 'awaiting_payment' ? w.voucherAwaitingPayment : v.status === 'cancelled' ? w.voucherCancelled : '';
        return w.voucher(v.code, money(v.amount), formatDay(v.expiresAt, locale), note);
      }),
    });
  }
  const line = words.labelled;
  const amounts = [line(w.subtotal, money(c.subtotal))];
  if (c.discount) amounts.push(line(`${w.discount}${c.discount.promoCode ? ` (${c.discount.promoCode})` : ''}`, `−${money(c.discount.amount)}`));
  amounts.push(line(w.total, money(c.total)));
  if (c.voucherPaid) amounts.push(line(w.voucherPaid(c.voucherPaid.code), money(c.voucherPaid.amount)));
  amounts.push(line(w.paid, money(c.paid)));
  if (c.due > 0) amounts.push(`${line(c.payOnSite ? w.payOnSite : w.due, money(c.due))}.`);
  out.push({ title: w.amounts, lines: amounts });
  out.push({ lines: [line(w.online, c.orderUrl)] });
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
  const { words } = documentLanguage(c.language);
  return blocks(c)
    .map((b) => {
      const lines = b.lines
        .map((l) => (l.includes(c.orderUrl) ? words.labelled(escapeHtml(words.confirmation.online), `<a href="${link}">${link}</a>`) : escapeHtml(l)))
        .join('<br>');
      return b.title ? `<h3>${escapeHtml(b.title)}</h3><p>${lines}</p>` : `<p>${lines}</p>`;
    })
    .join('\n');
}
