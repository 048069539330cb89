import { Injectable } from '@nestjs/common';
import type { Content, ContentText, Margins } from 'pdfmake/interfaces';
import { formatDateTime } from './format';
import { pdfmake } from './pdfmake';
import { THERMAL_MARGIN, THERMAL_PAGE_WIDTH } from './thermal-ticket-pdf';
import { documentLanguage, type Language } from './words';

/** An order's receipt as the counter prints it; amounts come written in the order's language. */
export interface ReceiptDocument {
  language: Language;
  organizerName: string;
  /** The organizer's postal address, line by line; empty when unknown. */
  organizerAddress: string[];
  orderNumber: string;
  placedAt: Date;
  /** Who sold it at the counter (the order's placing actor); null for a sale the buyer made. */
  soldBy: string | null;
  lines: { description: string; detail: string; quantity: string; amount: string; cancelled: boolean }[];
  /** With a discount: the amount before it, and the discount. */
  discount: { subtotal: string; code: string | null; amount: string } | null;
  total: string;
  /** A cash payment handed over at the counter says what was received and the change given back. */
  payments: { method: string; detail: string; amount: string; cash?: { given: string; change: string } | null }[];
  refunds: { method: string; detail: string; amount: string }[];
  paid: string;
  /** What is left to pay; null when nothing is. */
  due: string | null;
  /** Where the ticketing set VAT (ADR 0040): its number and the VAT the total includes, rate written (e.g. `8.1 %`). */
  vat: { number: string; rate: string; amount: string } | null;
}

// A fresh node each time: pdfmake writes its layout into the nodes it is given.
const rule = (): Content => ({
  canvas: [{ type: 'line' as const, x1: 0, y1: 0, x2: THERMAL_PAGE_WIDTH - 2 * THERMAL_MARGIN, y2: 0, lineWidth: 0.6, dash: { length: 2 } }],
  margin: [0, 4, 0, 4],
});
const amountRow = (label: string | ContentText, amount: string, style?: string): Content => ({
  columns: [
    { ...(typeof label === 'string' ? { text: label } : label), width: '*' },
    { text: amount, width: 'auto', alignment: 'right' },
  ],
  columnGap: 6,
  ...(style ? { style } : {}),
});

/**
 * TO-5: the receipt of an order on an 80 mm roll — who sold what, for how much, and how it was
 * paid (every payment and refund the ledger holds). One page as long as its content, black only.
 */
@Injectable()
export class ReceiptPdf {
  async render(doc: ReceiptDocument): Promise<Buffer> {
    const { words, locale } = documentLanguage(doc.language);
    const w = words.slip;
    const ledgerRows = (rows: ReceiptDocument['payments']) =>
      rows.flatMap((r) => [
        amountRow({ text: [r.method, ...(r.detail ? [{ text: `\n${r.detail}`, style: 'small' }] : [])] }, r.amount),
        // Indented under its payment: what the buyer handed over, and the change given back.
        ...(r.cash ? [{ stack: [amountRow(w.given, r.cash.given), amountRow(w.change, r.cash.change)], style: 'small', margin: [8, 0, 0, 0] as Margins }] : []),
      ]);
    const content: Content[] = [
      { text: doc.organizerName, style: 'organizer' },
      ...(doc.organizerAddress.length ? [{ text: doc.organizerAddress.join('\n'), alignment: 'center' as const, style: 'small' }] : []),
      { text: w.title, style: 'title' },
      amountRow(w.order, doc.orderNumber),
      amountRow(w.date, formatDateTime(doc.placedAt, locale)),
      ...(doc.soldBy ? [amountRow(w.soldBy, doc.soldBy)] : []),
      rule(),
      ...doc.lines.map((l): Content => ({
        stack: [
          { text: l.cancelled ? `${l.description} (${w.cancelled})` : l.description, bold: true },
          ...(l.detail ? [{ text: l.detail, style: 'small' }] : []),
          amountRow(l.quantity, l.amount),
        ],
        margin: [0, 0, 0, 4] as Margins,
      })),
      rule(),
      ...(doc.discount ? [amountRow(w.subtotal, doc.discount.subtotal), amountRow(w.discount(doc.discount.code), `−${doc.discount.amount}`)] : []),
      amountRow(w.total, doc.total, 'total'),
      ...(doc.vat ? [amountRow(w.vat(doc.vat.rate), doc.vat.amount, 'small'), amountRow(w.vatNumber, doc.vat.number, 'small')] : []),
      ...(doc.payments.length ? [rule(), { text: w.payments, bold: true }, ...ledgerRows(doc.payments)] : []),
      ...(doc.refunds.length ? [{ text: w.refunds, bold: true, margin: [0, 4, 0, 0] as Margins }, ...ledgerRows(doc.refunds)] : []),
      rule(),
      amountRow(w.paid, doc.paid),
      ...(doc.due ? [amountRow(w.due, doc.due, 'total')] : []),
      { text: w.thanks, alignment: 'center', margin: [0, 10, 0, 0] },
    ];
    return pdfmake()
      .createPdf({
        pageSize: { width: THERMAL_PAGE_WIDTH, height: 'auto' },
        pageMargins: [THERMAL_MARGIN, THERMAL_MARGIN, THERMAL_MARGIN, 2 * THERMAL_MARGIN],
        info: { title: `${w.title} — ${doc.orderNumber}`, creator: 'Guichet' },
        content,
        defaultStyle: { font: 'Roboto', fontSize: 9, color: '#000000' },
        styles: {
          organizer: { fontSize: 12, bold: true, alignment: 'center' },
          title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
          small: { fontSize: 8 },
          total: { fontSize: 12, bold: true },
        },
      })
      .getBuffer();
  }
}
