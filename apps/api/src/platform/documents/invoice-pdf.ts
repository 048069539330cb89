import { Injectable } from '@nestjs/common';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SwissQRBill } from 'swissqrbill/svg';
import { pdfmake } from './pdfmake';
import { documentLanguage, type Language } from './words';

export interface InvoiceDocument {
  language: Language;
  /** The ticketing's invoice settings: who is paid, and into which QR-IBAN. */
  creditor: { name: string; street: string; buildingNumber: string; zip: string; city: string; country: string; qrIban: string };
  billedTo: { name: string; email: string };
  orderNumber: string;
  /** Written in the document's language. */
  issuedOn: string;
  dueOn: string;
  lines: { description: string; detail: string; amount: string }[];
  total: string;
  /** What was already paid (a gift voucher), when anything was. */
  paid: string | null;
  /** What the QR-bill asks for, in minor units. */
  due: { amount: number; currency: string; written: string };
  /** The 27-digit QR reference. */
  reference: string;
}

// A4 in points; the payment part is the bottom 105 mm, 210 mm wide.
const PAGE = { width: 595.28, height: 841.89 };
const PAYMENT_PART_HEIGHT = (105 / 25.4) * 72;
const PX_PER_MM = 96 / 25.4;

/**
 * The payment part as swissqrbill draws it, made readable by pdfmake's SVG renderer: its sizes are
 * millimetres, which that renderer does not scale as the page does, so they are written as pixels
 * under a viewBox of the same size.
 */
function paymentPartSvg(doc: InvoiceDocument, language: 'FR' | 'DE' | 'IT' | 'EN'): string {
  const { creditor } = doc;
  const svg = new SwissQRBill(
    {
      // Nothing left to pay (paid in the meantime): the amount is left blank, as the standard allows.
      ...(doc.due.amount > 0 ? { amount: doc.due.amount / 100 } : {}),
      currency: doc.due.currency as 'CHF' | 'EUR',
      reference: doc.reference,
      creditor: {
        account: creditor.qrIban,
        name: creditor.name,
        address: creditor.street,
        buildingNumber: creditor.buildingNumber,
        zip: creditor.zip,
        city: creditor.city,
        country: creditor.country,
      },
    },
    { language, fontName: 'Helvetica' },
  ).toString();
  const width = 210 * PX_PER_MM;
  const height = 105 * PX_PER_MM;
  return svg
    .replace(/(-?\d*\.?\d+)mm/g, (_, n: string) => String(Number(n) * PX_PER_MM))
    .replace(/^<svg ([^>]*?)width="[^"]+" height="[^"]+">/, `<svg $1width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
}

/** An invoice order's invoice: A4, its lines and amounts, then the QR-bill's payment part (PAY-3, ADR 0025). */
@Injectable()
export class InvoicePdf {
  async render(doc: InvoiceDocument): Promise<Buffer> {
    if (doc.due.currency !== 'CHF' && doc.due.currency !== 'EUR') throw new Error(`a QR-bill is in CHF or EUR, not ${doc.due.currency}`);
    const w = documentLanguage(doc.language).words.invoice;
    const c = doc.creditor;
    const amountRow = (label: string, value: string, bold = false): TableCell[] => [
      { text: label, colSpan: 2, bold },
      {},
      { text: value, alignment: 'right', bold },
    ];
    const definition: TDocumentDefinitions = {
      pageSize: 'A4',
      pageMargins: [48, 40, 48, PAYMENT_PART_HEIGHT + 16],
      info: { title: w.title(doc.orderNumber), creator: 'Guichet' },
      defaultStyle: { font: 'Roboto', fontSize: 10 },
      styles: { label: { fontSize: 8, color: '#666666' }, title: { fontSize: 16, bold: true } },
      content: [
        {
          columns: [
            { text: [c.name, `\n${c.street} ${c.buildingNumber}`, `\n${c.zip} ${c.city}`, `\n${c.country}`] },
            { stack: [{ text: w.billedTo, style: 'label' }, doc.billedTo.name, doc.billedTo.email], alignment: 'right' },
          ],
        },
        { text: w.title(doc.orderNumber), style: 'title', margin: [0, 28, 0, 8] },
        {
          columns: [
            { text: [{ text: `${w.date}  `, style: 'label' }, doc.issuedOn] },
            {
              text: [
                { text: `${w.dueBy}  `, style: 'label' },
                { text: doc.dueOn, bold: true },
              ],
            },
          ],
          margin: [0, 0, 0, 14],
        },
        {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 80],
            body: [
              [
                { text: w.item, style: 'label' },
                { text: '', style: 'label' },
                { text: w.amount, style: 'label', alignment: 'right' },
              ],
              ...doc.lines.map((l): TableCell[] => [l.description, { text: l.detail, color: '#444444' }, { text: l.amount, alignment: 'right' }]),
              amountRow(w.total, doc.total, true),
              ...(doc.paid ? [amountRow(w.paid, doc.paid)] : []),
              amountRow(w.due, doc.due.written, true),
            ],
          },
          layout: 'lightHorizontalLines',
        },
        { text: w.howToPay, margin: [0, 16, 0, 0] },
        {
          svg: paymentPartSvg(doc, w.qrBill),
          font: 'Helvetica',
          width: PAGE.width,
          absolutePosition: { x: 0, y: PAGE.height - PAYMENT_PART_HEIGHT },
        } as Content,
      ],
    };
    return pdfmake().createPdf(definition).getBuffer();
  }
}
