import { t } from '../i18n/i18n';

export interface SeatPart {
  key: 'zone' | 'section' | 'row' | 'number';
  label: string;
  value: string;
}

/**
 * A ticket's place, part by part, each with its name: Zone, Section, Rang, Place. A general
 * admission ticket has its zone only; a section named like its zone is not said twice.
 */
export function seatParts(zoneName: string, seat: { section: string; row: string; number: string } | null | undefined, withZone = true): SeatPart[] {
  const parts: SeatPart[] = withZone ? [{ key: 'zone', label: t('seat.zone'), value: zoneName }] : [];
  if (!seat) return parts;
  if (seat.section && seat.section.trim() !== zoneName.trim()) parts.push({ key: 'section', label: t('seat.section'), value: seat.section });
  parts.push({ key: 'row', label: t('seat.row'), value: seat.row }, { key: 'number', label: t('seat.number'), value: seat.number });
  return parts;
}
