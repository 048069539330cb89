import type { components } from '@guichet/api-client';

export type RegistrationForm = components['schemas']['RegistrationFormResponse'];
export type RegistrationFormRequest = components['schemas']['RegistrationFormRequest'];
export type CustomField = components['schemas']['CustomFieldDto'];
export type FieldMode = RegistrationForm['standard']['email'];
export type StandardField = keyof RegistrationForm['standard'];
export type CustomKind = CustomField['kind'];
export type UploadType = NonNullable<CustomField['accept']>[number];

export const STANDARD_FIELDS: StandardField[] = [
  'title',
  'firstName',
  'lastName',
  'company',
  'email',
  'address',
  'zip',
  'city',
  'country',
  'mobile',
  'dateOfBirth',
];
export const MODES: FieldMode[] = ['required', 'optional', 'hidden'];
export const KINDS: CustomKind[] = ['text', 'number', 'date', 'dropdown', 'checkboxes', 'file'];
export const UPLOAD_TYPES: UploadType[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
/** The form of a ticketing that never set one: the names and the email. */
export const DEFAULT_STANDARD: RegistrationForm['standard'] = {
  title: 'hidden',
  firstName: 'required',
  lastName: 'required',
  company: 'hidden',
  email: 'required',
  address: 'hidden',
  zip: 'hidden',
  city: 'hidden',
  country: 'hidden',
  mobile: 'hidden',
  dateOfBirth: 'hidden',
};
/** The API's cap on a file field's size. */
export const MAX_UPLOAD_MB = 10;

/** A custom field as the editor holds it: options one per line, the size in MB. */
export interface EditedField {
  key: string;
  label: { fr: string; de: string; it: string; en: string };
  kind: CustomKind;
  required: boolean;
  options: string;
  accept: UploadType[];
  maxMb: number;
}

export function editedField(f: CustomField): EditedField {
  return {
    key: f.key,
    label: { fr: f.label.fr, de: f.label.de ?? '', it: f.label.it ?? '', en: f.label.en ?? '' },
    kind: f.kind,
    required: f.required,
    options: (f.options ?? []).join('\n'),
    accept: [...(f.accept ?? ['application/pdf'])],
    maxMb: f.maxBytes ? Math.round((f.maxBytes / (1024 * 1024)) * 10) / 10 : 5,
  };
}

/** A key for a new field from its French label ("Régime alimentaire" → regimeAlimentaire), unlike the others. */
export function keyFor(label: string, taken: string[]): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let base = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('');
  if (!/^[a-zA-Z]/.test(base)) base = `champ${base}`;
  base = base.slice(0, 36);
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}${n}`;
  return key;
}

export function newField(taken: string[]): EditedField {
  return {
    key: keyFor('', taken),
    label: { fr: '', de: '', it: '', en: '' },
    kind: 'text',
    required: false,
    options: '',
    accept: ['application/pdf'],
    maxMb: 5,
  };
}

/** What the API takes: only what the kind uses, translations left out when empty, the size in bytes. */
export function requestOf(standard: RegistrationForm['standard'], fields: EditedField[]): RegistrationFormRequest {
  return {
    standard: { ...standard },
    customFields: fields.map((f) => {
      const label: CustomField['label'] = { fr: f.label.fr.trim() };
      for (const lang of ['de', 'it', 'en'] as const) if (f.label[lang].trim()) label[lang] = f.label[lang].trim();
      const field: CustomField = { key: f.key, label, kind: f.kind, required: f.required };
      if (f.kind === 'dropdown' || f.kind === 'checkboxes')
        field.options = f.options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean);
      if (f.kind === 'file') {
        field.accept = [...f.accept];
        field.maxBytes = Math.round(Math.min(Math.max(f.maxMb, 0.1), MAX_UPLOAD_MB) * 1024 * 1024);
      }
      return field;
    }),
  };
}

/** The list with the item at `index` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to], copy[index]];
  return copy;
}
