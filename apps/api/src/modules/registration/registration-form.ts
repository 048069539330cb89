import type { FieldError } from '../../platform/http/problem';

/** SHOP-3: what the shop asks each buyer, per ticketing. */
export const STANDARD_FIELDS = ['title', 'firstName', 'lastName', 'company', 'email', 'address', 'zip', 'city', 'country', 'mobile', 'dateOfBirth'] as const;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** visible and mandatory, visible but optional, invisible (not asked, and refused if sent). */
export const FIELD_MODES = ['required', 'optional', 'hidden'] as const;
export type FieldMode = (typeof FIELD_MODES)[number];

export const TITLES = ['mrs', 'mr', 'other'] as const;

export const CUSTOM_FIELD_KINDS = ['text', 'number', 'date', 'dropdown', 'checkboxes', 'file'] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

/** What a file field may accept: the types we recognise by their content (file-signatures.ts). */
export const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];
/** The largest file a form may accept (bytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_CUSTOM_FIELDS = 30;

export interface FieldLabel {
  fr: string;
  de?: string;
  it?: string;
  en?: string;
}

export interface CustomField {
  key: string;
  label: FieldLabel;
  kind: CustomFieldKind;
  required: boolean;
  /** The choices of a dropdown or of checkboxes. */
  options?: string[];
  /** A file field: the types it accepts and its largest size. */
  accept?: UploadType[];
  maxBytes?: number;
}

export interface RegistrationForm {
  standard: Record<StandardField, FieldMode>;
  customFields: CustomField[];
}

/** Until the organizer sets it: the three fields checkout always asked (names and email). */
export const DEFAULT_FORM: RegistrationForm = {
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
};

/**
 * The organizer's form, cleaned (labels and options trimmed, only what a kind uses kept), or the
 * problems by field. The email is always asked: the order and its tickets are sent to it.
 */
export function checkForm(form: RegistrationForm): { form: RegistrationForm; problems: FieldError[]; emailHidden: boolean } {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const customFields = form.customFields.map((f, i): CustomField => {
    const at = `customFields[${i}]`;
    if (seen.has(f.key)) problems.push({ field: `${at}.key`, message: 'keys must differ' });
    seen.add(f.key);
    const label: FieldLabel = { fr: f.label.fr.trim() };
    for (const lang of ['de', 'it', 'en'] as const) if (f.label[lang]?.trim()) label[lang] = f.label[lang].trim();
    if (!label.fr) problems.push({ field: `${at}.label.fr`, message: 'a label in French is required' });
    const field: CustomField = { key: f.key, label, kind: f.kind, required: f.required };
    if (f.kind === 'dropdown' || f.kind === 'checkboxes') {
      const options = (f.options ?? []).map((o) => o.trim());
      if (!options.length || options.some((o) => !o)) problems.push({ field: `${at}.options`, message: `a ${f.kind} needs its options, none empty` });
      else if (new Set(options).size !== options.length) problems.push({ field: `${at}.options`, message: 'options must differ' });
      field.options = options;
    } else if (f.options?.length) problems.push({ field: `${at}.options`, message: 'only a dropdown or checkboxes has options' });
    if (f.kind === 'file') {
      if (!f.accept?.length) problems.push({ field: `${at}.accept`, message: 'a file field needs the types it accepts' });
      if (!f.maxBytes) problems.push({ field: `${at}.maxBytes`, message: 'a file field needs its largest size' });
      field.accept = [...new Set(f.accept ?? [])];
      field.maxBytes = f.maxBytes;
    } else if (f.accept || f.maxBytes) problems.push({ field: `${at}.${f.accept ? 'accept' : 'maxBytes'}`, message: 'only a file field has types and a size' });
    return field;
  });
  return { form: { standard: { ...form.standard }, customFields }, problems, emailHidden: form.standard.email !== 'required' };
}

/** What the buyer sent: the standard fields (email among them) and the answers to the custom ones by key. */
export type CustomerInput = Partial<Record<StandardField, string | null>> & { answers?: Record<string, unknown> | null };

/** A file answer as checkout receives it: the id of an upload of this cart, and what the upload is. */
export interface UploadRef {
  id: string;
  fieldKey: string;
  fileName: string;
  contentType: UploadType;
  sizeBytes: number;
}

/** One answer by its kind: `value` (text, date, dropdown), `number`, `choices` (checkboxes) or `file`. */
export interface AnswerValue {
  value?: string;
  number?: number;
  choices?: string[];
  file?: { uploadId: string; fileName: string; contentType: UploadType; sizeBytes: number };
}

/** The contact as it was at checkout, and the answers with the label each field had (the form may change later). */
export interface RegistrationSnapshot {
  contact: Partial<Record<StandardField, string>>;
  answers: ({ key: string; label: FieldLabel; kind: CustomFieldKind } & AnswerValue)[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const MAX_LENGTH: Record<StandardField, number> = {
  title: 10,
  firstName: 100,
  lastName: 100,
  company: 200,
  email: 254,
  address: 200,
  zip: 20,
  city: 100,
  country: 2,
  mobile: 30,
  dateOfBirth: 10,
};

/** Regions Intl names that are not countries one lives in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** An ISO 3166-1 alpha-2 country code, upper case. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code;
}

/** A mobile number one can dial: an optional +, then 6 to 15 digits once spaces, dots, dashes and brackets are gone. */
export function isPlausibleMobile(value: string): boolean {
  return /^[0-9+ ().-]+$/.test(value) && /^\+?[0-9]{6,15}$/.test(value.replace(/[ ().-]/g, ''));
}

/**
 * Checks a buyer against the form: every required field given, no invisible one sent, each value of
 * its kind (a date of birth in the past, a country code, a plausible mobile; a custom answer by its
 * kind, a file by an upload of this cart for this field). Returns the snapshot to keep on the order,
 * or the problems by field (`customer.zip`, `customer.answers.<key>`).
 */
export function checkCustomer(
  form: RegistrationForm,
  input: CustomerInput,
  ctx: { today: string; uploads: UploadRef[] },
): { snapshot: RegistrationSnapshot; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const contact: RegistrationSnapshot['contact'] = {};
  for (const name of STANDARD_FIELDS) {
    const field = `customer.${name}`;
    const raw = input[name];
    const given = typeof raw === 'string' ? raw.trim() : '';
    const mode = form.standard[name];
    if (!given) {
      if (mode === 'required') problems.push({ field, message: 'required' });
      continue;
    }
    if (mode === 'hidden') {
      problems.push({ field, message: 'not asked by this shop' });
      continue;
    }
    const problem = standardProblem(name, given, ctx.today);
    if (problem) problems.push({ field, message: problem });
    else contact[name] = name === 'email' ? given.toLowerCase() : name === 'country' ? given.toUpperCase() : given;
  }
  const answers: RegistrationSnapshot['answers'] = [];
  const given = input.answers ?? {};
  for (const key of Object.keys(given)) {
    if (!form.customFields.some((f) => f.key === key)) problems.push({ field: `customer.answers.${key}`, message: 'not a field of this form' });
  }
  for (const f of form.customFields) {
    const field = `customer.answers.${f.key}`;
    const checked = checkAnswer(f, given[f.key], ctx.uploads);
    if ('problem' in checked) problems.push({ field, message: checked.problem });
    else if (checked.value !== undefined) answers.push({ key: f.key, label: f.label, kind: f.kind, ...checked.value });
  }
  return { snapshot: { contact, answers }, problems };
}

function standardProblem(name: StandardField, value: string, today: string): string | null {
  if (value.length > MAX_LENGTH[name]) return `at most ${MAX_LENGTH[name]} characters`;
  switch (name) {
    case 'title':
      return (TITLES as readonly string[]).includes(value) ? null : `one of: ${TITLES.join(', ')}`;
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'an email address';
    case 'country':
      return isCountryCode(value.toUpperCase()) ? null : 'an ISO 3166-1 country code (CH, FR…)';
    case 'mobile':
      return isPlausibleMobile(value) ? null : 'a mobile number (+41 79 123 45 67)';
    case 'dateOfBirth':
      if (!isDate(value)) return 'a date (YYYY-MM-DD)';
      return value < today && value >= '1900-01-01' ? null : 'a date in the past';
    default:
      return null;
  }
}

function checkAnswer(f: CustomField, raw: unknown, uploads: UploadRef[]): { value: AnswerValue | undefined } | { problem: string } {
  const given = typeof raw === 'string' ? raw.trim() : raw;
  const empty = given === undefined || given === null || given === '' || (Array.isArray(given) && given.length === 0);
  if (empty) return f.required ? { problem: 'required' } : { value: undefined };
  switch (f.kind) {
    case 'text':
      return typeof given === 'string' && given.length <= 1000 ? { value: { value: given } } : { problem: 'a text of at most 1000 characters' };
    case 'number':
      return typeof given === 'number' && Number.isFinite(given) ? { value: { number: given } } : { problem: 'a number' };
    case 'date':
      return typeof given === 'string' && isDate(given) ? { value: { value: given } } : { problem: 'a date (YYYY-MM-DD)' };
    case 'dropdown':
      return typeof given === 'string' && f.options!.includes(given) ? { value: { value: given } } : { problem: `one of: ${f.options!.join(', ')}` };
    case 'checkboxes': {
      const ok = Array.isArray(given) && given.every((o) => typeof o === 'string' && f.options!.includes(o)) && new Set(given).size === given.length;
      // Kept in the form's order, whatever order they were ticked in.
      return ok ? { value: { choices: f.options!.filter((o) => (given as string[]).includes(o)) } } : { problem: `some of: ${f.options!.join(', ')}` };
    }
    case 'file': {
      const upload = typeof given === 'string' ? uploads.find((u) => u.id === given && u.fieldKey === f.key) : undefined;
      if (!upload) return { problem: 'the id of a file uploaded to this cart for this field' };
      return { value: { file: { uploadId: upload.id, fileName: upload.fileName, contentType: upload.contentType, sizeBytes: upload.sizeBytes } } };
    }
  }
}
