import { Injectable } from '@nestjs/common';
import type { Content, ContentImage, ContentText, Margins } from 'pdfmake/interfaces';
import { code128Block } from './barcode';
import { formatDateTime, formatTime } from './format';
import { pdfmake } from './pdfmake';
import { dataUrl, labelled, seatParts, venueLine } from './ticket-layout';
import { documentLanguage, type DocumentWords, type Language } from './words';

export type TicketSymbology = 'qr' | 'code128';

export interface TicketDocument {
  /** The order's language: the words, and the dates (amounts come written in it). */
  language: Language;
  organizerName: string;
  orderNumber: string;
  holderName: string;
  /** An invitation (ADR 0036): every ticket says so, in place of its price. */
  invitation?: boolean;
  /** TO-2: the line the counter chose for this order's tickets (“Invité de la direction”). */
  ticketLine?: string | null;
  /** The ticketing's logo (PNG or JPEG), printed at the top of every page. */
  logo?: Buffer | null;
  /** An order still awaiting payment: every ticket says so, with what is due. */
  awaitingPayment?: { due: string } | null;
  /** What the door reads: the signed code as a QR code (the default), or the barcode as a Code 128 (ADR 0041). */
  symbology?: TicketSymbology;
  tickets: {
    code: string;
    barcode: string;
    eventName: string;
    venue: string | null;
    venueAddress?: string | null;
    startsAt: Date;
    doorsAt?: Date | null;
    /** The zone, always; a seat is never printed under it. */
    zoneName: string;
    /** A numbered seat by its parts (each printed only when it exists); `seatLabel` when parts are unknown. */
    seat?: { section: string | null; row: string | null; number: string | null } | null;
    seatLabel?: string | null;
    priceName: string;
    price: string;
    /** The event's ticket image (JPEG), cropped for the ticket. */
    image?: Buffer | null;
    /** The holder's attendee data (ORD-5), printed under the holder's name. */
    attendee?: { label: string; value: string }[];
  }[];
  /** Gift vouchers bought with the order: one page each, after the tickets. */
  giftVouchers?: TicketPdfVoucher[];
}

/** A gift voucher's page: usable, waiting for its order's payment, or cancelled (printed as such, never as usable). */
export interface TicketPdfVoucher {
  name: string;
  code: string;
  value: string;
  validUntil: string;
  state: 'usable' | 'pending_payment' | 'cancelled';
}

/** TO-2: the lines an order prints on each of its tickets — “Invitation”, then the counter's own line. */
export const customLines = (doc: Pick<TicketDocument, 'invitation' | 'ticketLine'>, w: DocumentWords['pdf']): string[] => [
  ...(doc.invitation ? [w.invitation] : []),
  ...(doc.ticketLine?.trim() ? [doc.ticketLine.trim()] : []),
];

const voucherStateLine = (state: TicketPdfVoucher['state'], w: DocumentWords['pdf']): string =>
  state === 'pending_payment' ? w.voucherPendingPayment : state === 'cancelled' ? w.voucherCancelled : '';

/** The top of every page: the ticketing's logo (when set) beside its name. */
function header(doc: TicketDocument): Content {
  if (!doc.logo) return { text: doc.organizerName, style: 'organizer' };
  const logo: ContentImage = { image: dataUrl(doc.logo), fit: [90, 28] };
  const name: ContentText = { text: doc.organizerName, style: 'organizer', alignment: 'right', margin: [6, 8, 0, 0] };
  return {
    columns: [
      { ...logo, width: 'auto' },
      { ...name, width: '*' },
    ],
  } as Content;
}

/**
 * An order's tickets in one PDF, one A6 page per ticket with a vector QR code (or its Code 128), then its gift vouchers.
 * Images (the logo, the event's ticket crop) come as buffers: nothing is fetched while rendering.
 */
@Injectable()
export class TicketPdf {
  async render(doc: TicketDocument): Promise<Buffer> {
    const { words, locale } = documentLanguage(doc.language);
    const w = words.pdf;
    const custom = customLines(doc, w);
    const pages: Content[] = doc.tickets.map((t, i) => {
      const seat = seatParts(t, w);
      const venue = venueLine(t);
      return {
        stack: [
          header(doc),
          ...(t.image ? [{ image: dataUrl(t.image), fit: [257, 52] as [number, number], alignment: 'center' as const, margin: [0, 4, 0, 0] as Margins }] : []),
          { text: t.eventName, style: 'event' },
          { text: formatDateTime(t.startsAt, locale), margin: [0, 2, 0, 0] },
          ...(t.doorsAt ? [{ text: w.doorsOpen(formatTime(t.doorsAt, locale)) }] : []),
          ...(venue ? [{ text: venue }] : []),
          ...(doc.awaitingPayment ? [{ text: w.awaitingPayment(doc.awaitingPayment.due), style: 'banner', margin: [0, 6, 0, 0] as Margins }] : []),
          ...custom.map((text) => ({ text, style: 'custom', margin: [0, 4, 0, 0] as Margins })),
          // Everything on one A6 page: the QR code gives way to the image, the payment banner and the order's own lines.
          doc.symbology === 'code128'
            ? code128Block(t.barcode, [0, 10, 0, 8])
            : {
                qr: t.code,
                fit: 160 - (t.image ? 40 : 0) - (doc.awaitingPayment ? 14 : 0) - (t.attendee?.length ? 14 : 0) - 14 * custom.length,
                eccLevel: 'M' as const,
                alignment: 'center' as const,
                margin: [0, 6, 0, 4] as Margins,
              },
          { columns: [labelled(w.zone, t.zoneName), labelled(w.price, `${t.priceName} · ${t.price}`)] },
          ...(seat.length ? [{ columns: seat, margin: [0, 4, 0, 0] as Margins }] : []),
          { text: [{ text: `${w.holder}  `, style: 'label' }, doc.holderName], margin: [0, 6, 0, 0] },
          ...(t.attendee?.length
            ? [{ text: t.attendee.flatMap((a, k) => [{ text: `${k ? '   ' : ''}${a.label}  `, style: 'label' }, a.value]), margin: [0, 2, 0, 0] as Margins }]
            : []),
          { text: [{ text: `${w.order}  `, style: 'label' }, doc.orderNumber], margin: [0, 2, 0, 0] },
          { text: `${i + 1} / ${doc.tickets.length}`, style: 'label', alignment: 'right', margin: [0, 4, 0, 0] },
        ],
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
      };
    });
    for (const v of doc.giftVouchers ?? []) {
      pages.push({
        stack: [
          header(doc),
          { text: w.giftVoucher, style: 'event' },
          { text: v.name, margin: [0, 2, 0, 0] },
          { text: v.value, style: 'value', alignment: 'center', margin: [0, 18, 0, 6] },
          { text: w.code, style: 'label', alignment: 'center' },
          { text: v.code, style: 'code', alignment: 'center', margin: [0, 2, 0, 12] },
          v.state === 'cancelled' ? { text: w.voucherWasCancelled } : { text: w.voucherValid(v.validUntil) },
          { text: voucherStateLine(v.state, w), bold: true, margin: [0, 6, 0, 0] },
          { text: [{ text: `${w.order}  `, style: 'label' }, doc.orderNumber], margin: [0, 10, 0, 0] },
        ],
        ...(pages.length > 0 ? { pageBreak: 'before' as const } : {}),
      });
    }
    return pdfmake()
      .createPdf({
        pageSize: 'A6',
        pageMargins: [24, 24, 24, 24],
        info: { title: w.title(doc.orderNumber), creator: 'Guichet' },
        content: pages,
        defaultStyle: { font: 'Roboto', fontSize: 9 },
        styles: {
          organizer: { fontSize: 8, color: '#666666' },
          event: { fontSize: 14, bold: true, margin: [0, 4, 0, 0] },
          label: { fontSize: 7, color: '#666666' },
          value: { fontSize: 26, bold: true },
          code: { fontSize: 16, bold: true, characterSpacing: 1 },
          banner: { fontSize: 9, bold: true, color: '#9a3412', fillColor: '#ffedd5' },
          custom: { fontSize: 10, bold: true },
        },
      })
      .getBuffer();
  }
}
