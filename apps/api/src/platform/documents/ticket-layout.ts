import type { Content } from 'pdfmake/interfaces';
import type { TicketDocument } from './ticket-pdf';
import type { DocumentWords } from './words';

/** What the A6 ticket and the thermal ticket print alike. */
export const dataUrl = (image: Buffer) => `data:${image[0] === 0x89 ? 'image/png' : 'image/jpeg'};base64,${image.toString('base64')}`;

export const labelled = (label: string, value: string): Content => ({ text: [{ text: `${label}\n`, style: 'label' }, value] });

/** A numbered seat by its parts (each only when it exists), or its label when the parts are unknown. */
export function seatParts(t: TicketDocument['tickets'][number], w: DocumentWords['pdf']): Content[] {
  if (t.seat)
    return [
      ...(t.seat.section ? [labelled(w.section, t.seat.section)] : []),
      ...(t.seat.row ? [labelled(w.row, t.seat.row)] : []),
      ...(t.seat.number ? [labelled(w.seat, t.seat.number)] : []),
    ];
  return t.seatLabel ? [labelled(w.seat, t.seatLabel)] : [];
}

/** The venue and its address on one line, or null when neither is known. */
export const venueLine = (t: TicketDocument['tickets'][number]): string | null => [t.venue, t.venueAddress].filter(Boolean).join(' — ') || null;
