import type { components } from '@guichet/api-client';
import type { Locale } from '@guichet/ui';

export type RegistrationFormSettings = components['schemas']['RegistrationFormResponse'];
export type CustomField = components['schemas']['CustomFieldDto'];
export type CheckoutCustomer = components['schemas']['CheckoutCustomerRequest'];
type Standard = components['schemas']['StandardFieldModesDto'];
export type StandardField = keyof Standard;

/** The standard fields in the order the form shows them (names on one row, then the address). */
export const STANDARD_ORDER: StandardField[] = [
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

/** What the browser may fill in for each standard field. */
export const AUTOCOMPLETE: Record<StandardField, string> = {
  title: 'honorific-prefix',
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  email: 'email',
  address: 'street-address',
  zip: 'postal-code',
  city: 'address-level2',
  country: 'country',
  mobile: 'tel',
  dateOfBirth: 'bday',
};

/** What the buyer typed, chose and uploaded, before it is sent. */
export interface RegistrationValues {
  standard: Record<StandardField, string>;
  /** Text, number (as typed), date, dropdown: a string; checkboxes: the ticked options. */
  answers: Record<string, string | string[]>;
  /** A file field's upload, once sent. */
  files: Record<string, { id: string; name: string } | null>;
}

/** Why a field is refused before anything is sent; the form turns it into the shop's words. */
export type LocalProblem = 'required' | 'invalid' | 'number' | 'date' | 'fileType' | 'fileSize';

/** Until the ticketing's form is read (or if it cannot be): the names and the email, as checkout always asked. */
export const DEFAULT_SETTINGS: RegistrationFormSettings = {
  standard: {
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
  },
  customFields: [],
  updatedAt: null,
};

export const visibleStandard = (form: RegistrationFormSettings): StandardField[] => STANDARD_ORDER.filter((f) => form.standard[f] !== 'hidden');

export function emptyValues(form: RegistrationFormSettings): RegistrationValues {
  return {
    standard: Object.fromEntries(STANDARD_ORDER.map((f) => [f, ''])) as Record<StandardField, string>,
    answers: Object.fromEntries(form.customFields.filter((f) => f.kind !== 'file').map((f) => [f.key, f.kind === 'checkboxes' ? [] : ''])),
    files: Object.fromEntries(form.customFields.filter((f) => f.kind === 'file').map((f) => [f.key, null])),
  };
}

/** The label in the shop's language, else in French (the organizer writes at least that). */
export function labelIn(label: CustomField['label'], lang: Locale): string {
  return label[lang]?.trim() || label.fr;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isMobile = (s: string) => /^[0-9+ ().-]+$/.test(s) && /^\+?[0-9]{6,15}$/.test(s.replace(/[ ().-]/g, ''));

/**
 * The fields the API would refuse, caught before sending (the API checks the same rules again):
 * required ones empty, a malformed email or mobile, a date of birth not in the past, a number that
 * is none, a required file not uploaded. Field names are the API's (`customer.city`, `customer.answers.diet`).
 */
export function localProblems(form: RegistrationFormSettings, values: RegistrationValues, today: string): { field: string; problem: LocalProblem }[] {
  const problems: { field: string; problem: LocalProblem }[] = [];
  for (const name of visibleStandard(form)) {
    const value = values.standard[name].trim();
    const field = `customer.${name}`;
    if (!value) {
      if (form.standard[name] === 'required') problems.push({ field, problem: 'required' });
      continue;
    }
    const invalid =
      (name === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) ||
      (name === 'mobile' && !isMobile(value)) ||
      (name === 'dateOfBirth' && !(isDate(value) && value < today && value >= '1900-01-01'));
    if (invalid) problems.push({ field, problem: 'invalid' });
  }
  for (const f of form.customFields) {
    const field = `customer.answers.${f.key}`;
    if (f.kind === 'file') {
      if (f.required && !values.files[f.key]) problems.push({ field, problem: 'required' });
      continue;
    }
    const value = values.answers[f.key];
    const empty = Array.isArray(value) ? value.length === 0 : !value?.trim();
    if (empty) {
      if (f.required) problems.push({ field, problem: 'required' });
    } else if (f.kind === 'number' && !Number.isFinite(Number(String(value).replace(',', '.')))) problems.push({ field, problem: 'number' });
    else if (f.kind === 'date' && !isDate(String(value))) problems.push({ field, problem: 'date' });
  }
  return problems;
}

/** The checkout's `customer`: the visible fields given, and the answers by their kind (a file by its upload's id). */
export function customerOf(form: RegistrationFormSettings, values: RegistrationValues): CheckoutCustomer {
  const customer: Record<string, unknown> = { email: values.standard.email.trim() };
  for (const name of visibleStandard(form)) {
    const value = values.standard[name].trim();
    if (value) customer[name] = name === 'country' ? value.toUpperCase() : value;
  }
  const answers: Record<string, string | number | string[]> = {};
  for (const f of form.customFields) {
    if (f.kind === 'file') {
      const file = values.files[f.key];
      if (file) answers[f.key] = file.id;
      continue;
    }
    const value = values.answers[f.key];
    if (Array.isArray(value)) {
      if (value.length) answers[f.key] = (f.options ?? []).filter((o) => value.includes(o));
    } else if (value?.trim()) answers[f.key] = f.kind === 'number' ? Number(value.trim().replace(',', '.')) : value.trim();
  }
  if (form.customFields.length) customer.answers = answers;
  return customer as unknown as CheckoutCustomer;
}

/** A file the buyer picked, checked before it is sent: its type as the browser tells it, and its size (the API checks the content). */
export function fileProblem(field: CustomField, file: { type: string; size: number }): LocalProblem | null {
  if (!(field.accept ?? []).includes(file.type as NonNullable<CustomField['accept']>[number])) return 'fileType';
  if (file.size > (field.maxBytes ?? 0)) return 'fileSize';
  return null;
}

/** "PDF, JPEG" for an accept list. */
export function typeNames(accept: CustomField['accept']): string {
  const names: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };
  return (accept ?? []).map((t) => names[t] ?? t).join(', ');
}

/** "2 MB", "500 kB", in the language's number format. */
export function sizeName(bytes: number, lang: Locale): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mb)} MB`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024))} kB`;
}

const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Every country by its ISO code, named and sorted in the shop's language (the API accepts the same codes). */
export function countries(lang: Locale): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (!NOT_COUNTRIES.has(code) && name && name !== code) list.push({ code, name });
    }
  return list.sort((x, y) => x.name.localeCompare(y.name, lang));
}
