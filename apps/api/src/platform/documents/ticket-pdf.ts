import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake 0.3 is a singleton; fonts are read once and kept in memory (embedding is the cost).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- @types/pdfmake describes 0.2, not the 0.3 singleton
const pdfmake = require('pdfmake') as {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  addFonts(f: unknown): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const faces = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
for (const file of Object.values(faces)) pdfmake.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
pdfmake.addFonts({ Roboto: faces });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

export interface TicketDocument {
  organizerName: string;
  orderNumber: string;
  holderName: string;
  tickets: {
    code: string;
    eventName: string;
    venue: string | null;
    startsAt: Date;
    zoneName: string;
    priceName: string;
    price: string;
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

const VOUCHER_STATE_LINE: Record<TicketPdfVoucher['state'], string> = {
  usable: '',
  pending_payment: 'Utilisable dès le paiement de la commande.',
  cancelled: 'ANNULÉ — ce bon n’est plus utilisable.',
};

const when = (d: Date) => new Intl.DateTimeFormat('fr-CH', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Zurich' }).format(d);

/** An order's tickets in one PDF, one A6 page per ticket with a vector QR code, then its gift vouchers. */
@Injectable()
export class TicketPdf {
  async render(doc: TicketDocument): Promise<Buffer> {
    const pages: Content[] = doc.tickets.map((t, i) => ({
      stack: [
        { text: doc.organizerName, style: 'organizer' },
        { text: t.eventName, style: 'event' },
        { text: when(t.startsAt), margin: [0, 2, 0, 0] },
        t.venue ? { text: t.venue } : { text: '' },
        { qr: t.code, fit: 190, eccLevel: 'M', alignment: 'center', margin: [0, 12, 0, 8] },
        {
          columns: [{ text: [{ text: 'Zone\n', style: 'label' }, t.zoneName] }, { text: [{ text: 'Tarif\n', style: 'label' }, `${t.priceName} · ${t.price}`] }],
        },
        { text: [{ text: 'Titulaire  ', style: 'label' }, doc.holderName], margin: [0, 6, 0, 0] },
        { text: [{ text: 'Commande  ', style: 'label' }, doc.orderNumber], margin: [0, 2, 0, 0] },
        { text: `${i + 1} / ${doc.tickets.length}`, style: 'label', alignment: 'right', margin: [0, 6, 0, 0] },
      ],
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    }));
    for (const v of doc.giftVouchers ?? []) {
      pages.push({
        stack: [
          { text: doc.organizerName, style: 'organizer' },
          { text: 'Bon cadeau', style: 'event' },
          { text: v.name, margin: [0, 2, 0, 0] },
          { text: v.value, style: 'value', alignment: 'center', margin: [0, 18, 0, 6] },
          { text: 'Code', style: 'label', alignment: 'center' },
          { text: v.code, style: 'code', alignment: 'center', margin: [0, 2, 0, 12] },
          v.state === 'cancelled'
            ? { text: 'Ce bon cadeau a été annulé.' }
            : { text: `Valable jusqu'au ${v.validUntil}, en une ou plusieurs fois, sur la billetterie en ligne ou au guichet.` },
          { text: VOUCHER_STATE_LINE[v.state], bold: true, margin: [0, 6, 0, 0] },
          { text: [{ text: 'Commande  ', style: 'label' }, doc.orderNumber], margin: [0, 10, 0, 0] },
        ],
        ...(pages.length > 0 ? { pageBreak: 'before' as const } : {}),
      });
    }
    return pdfmake
      .createPdf({
        pageSize: 'A6',
        pageMargins: [24, 24, 24, 24],
        info: { title: `Commande ${doc.orderNumber}`, creator: 'Guichet' },
        content: pages,
        defaultStyle: { font: 'Roboto', fontSize: 9 },
        styles: {
          organizer: { fontSize: 8, color: '#666666' },
          event: { fontSize: 15, bold: true, margin: [0, 4, 0, 0] },
          label: { fontSize: 7, color: '#666666' },
          value: { fontSize: 26, bold: true },
          code: { fontSize: 16, bold: true, characterSpacing: 1 },
        },
      })
      .getBuffer();
  }
}
