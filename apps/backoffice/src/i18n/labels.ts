import { type Catalog, CATALOGS, type MessageKey, t } from './i18n';

type Labels = Catalog['labels'];
export type LabelKind = keyof Labels;
export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';
export interface Badge {
  tone: Tone;
  label: string;
}

/** The catalog's word for a value of one of the API's enums, e.g. `label('orderStatus', 'paid')`. */
export function label<K extends LabelKind>(kind: K, value: keyof Labels[K] & string): string {
  return t(`labels.${kind}.${value}` as MessageKey);
}

/** Every value of an enum with its word, in the catalog's order: the options of a select or a radio group. */
export function labelOptions<K extends LabelKind>(kind: K): { value: keyof Labels[K] & string; label: string }[] {
  return (Object.keys(CATALOGS.fr.labels[kind]) as (keyof Labels[K] & string)[]).map((value) => ({ value, label: label(kind, value) }));
}

/** A status badge: its words from the catalog, its colour from the caller's tones. */
export function badge<K extends LabelKind>(kind: K, value: keyof Labels[K] & string, tones: Record<keyof Labels[K] & string, Tone>): Badge {
  return { tone: tones[value], label: label(kind, value) };
}
