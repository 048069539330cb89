import { Injectable } from '@nestjs/common';
import type { Content, Margins } from 'pdfmake/interfaces';
import { code128Block, qrCodeSvg } from './barcode';
import { formatDateTime, formatTime } from './format';
import { pdfmake } from './pdfmake';
import { labelled, seatParts, venueLine } from './ticket-layout';
import { customLines, type TicketDocument } from './ticket-pdf';
import { documentLanguage } from './words';

const mm = (v: number) => (v * 72) / 25.4;
/** A thermal roll is 80 mm wide; its printers print about 72 mm of it, centred. */
export const THERMAL_PAGE_WIDTH = mm(80);
/** Beside the printable width, and at both ends of a page. */
export const THERMAL_MARGIN = mm(4);
const QR_SIZE = mm(44);

/**
 * TO-5: an order's tickets for an 80 mm thermal printer at the counter — one ticket per page, the
 * page as long as its content, black on white only (no logo, no image, no grey: a thermal head
 * prints dots or nothing), and the ticket code as a QR code (ADR 0033) or its barcode as a Code 128 (ADR 0041).
 */
@Injectable()
export class ThermalTicketPdf {
  async render(doc: TicketDocument): Promise<Buffer> {
    const { words, locale } = documentLanguage(doc.language);
    const w = words.pdf;
    const holder = doc.holderName.trim();
    const custom = customLines(doc, w);
    const pages: Content[] = doc.tickets.map((t, i) => {
      const seat = seatParts(t, w);
      const venue = venueLine(t);
      return {
        stack: [
          { text: doc.organizerName, style: 'organizer' },
          { text: t.eventName, style: 'event' },
          { text: formatDateTime(t.startsAt, locale), style: 'when' },
          ...(t.doorsAt ? [{ text: w.doorsOpen(formatTime(t.doorsAt, locale)) }] : []),
          ...(venue ? [{ text: venue, margin: [0, 2, 0, 0] as Margins }] : []),
          ...(doc.awaitingPayment ? [{ text: w.awaitingPayment(doc.awaitingPayment.due), style: 'banner' }] : []),
          ...custom.map((text) => ({ text, style: 'custom' })),
          {
            canvas: [{ type: 'line' as const, x1: 0, y1: 0, x2: THERMAL_PAGE_WIDTH - 2 * THERMAL_MARGIN, y2: 0, lineWidth: 0.8 }],
            margin: [0, 6, 0, 4] as Margins,
          },
          labelled(w.zone, t.zoneName),
          ...(seat.length ? [{ columns: seat, style: 'seat', margin: [0, 3, 0, 0] as Margins }] : []),
          { stack: [labelled(w.price, `${t.priceName} · ${t.price}`)], margin: [0, 3, 0, 0] as Margins },
          doc.symbology === 'code128'
            ? code128Block(t.barcode, [0, 10, 0, 10])
            : { svg: qrCodeSvg(t.code), width: QR_SIZE, alignment: 'center' as const, margin: [0, 8, 0, 8] as Margins },
          ...(holder ? [{ text: [{ text: `${w.holder}  `, style: 'label' }, holder] }] : []),
          ...(t.attendee?.length ? [{ text: t.attendee.flatMap((a, k) => [{ text: `${k ? '   ' : ''}${a.label}  `, style: 'label' }, a.value]) }] : []),
          { text: [{ text: `${w.order}  `, style: 'label' }, doc.orderNumber], margin: [0, 2, 0, 0] as Margins },
          { text: `${i + 1} / ${doc.tickets.length}`, style: 'label', alignment: 'right' as const, margin: [0, 2, 0, 0] as Margins },
        ],
        ...(i > 0 ? { pageBreak: 'before' as const } : {}),
      };
    });
    return pdfmake()
      .createPdf({
        // The height follows each page's content: the printer cuts the roll after it.
        pageSize: { width: THERMAL_PAGE_WIDTH, height: 'auto' },
        pageMargins: [THERMAL_MARGIN, THERMAL_MARGIN, THERMAL_MARGIN, mm(6)],
        info: { title: w.title(doc.orderNumber), creator: 'Guichet' },
        content: pages,
        defaultStyle: { font: 'Roboto', fontSize: 10, color: '#000000' },
        styles: {
          organizer: { fontSize: 9, alignment: 'center' },
          event: { fontSize: 18, bold: true, margin: [0, 4, 0, 2] },
          when: { fontSize: 11, bold: true },
          label: { fontSize: 8 },
          seat: { fontSize: 12, bold: true },
          banner: { fontSize: 10, bold: true, margin: [0, 6, 0, 0] },
          custom: { fontSize: 12, bold: true, margin: [0, 4, 0, 0] },
        },
      })
      .getBuffer();
  }
}
