import { type Catalog, t, type MessageKey } from './i18n';

type Labels = Catalog['labels'];
export type LabelKind = keyof Labels;

/** The catalog's word for a value of one of the API's enums, e.g. `label('orderStatus', 'paid')`. */
export function label<K extends LabelKind>(kind: K, value: keyof Labels[K] & string): string {
  return t(`labels.${kind}.${value}` as MessageKey);
}
