import { sniffUploadType } from './file-signatures';
import { checkCustomer, checkForm, CustomField, DEFAULT_FORM, isCountryCode, isPlausibleMobile, RegistrationForm } from './registration-form';

const form = (standard: Partial<RegistrationForm['standard']> = {}, customFields: CustomField[] = []): RegistrationForm => ({
  standard: { ...DEFAULT_FORM.standard, ...standard },
  customFields,
});
const ctx = { today: '2027-01-10', uploads: [] };
const fields = (r: { problems: { field: string }[] }) => r.problems.map((p) => p.field);

describe('checkForm', () => {
  it('refuses a form that does not require the email', () => {
    expect(checkForm(form({ email: 'optional' })).emailHidden).toBe(true);
    expect(checkForm(form({ email: 'hidden' })).emailHidden).toBe(true);
    expect(checkForm(form()).emailHidden).toBe(false);
  });

  it('wants distinct keys, a French label, options only for choices, types and a size only for files', () => {
    const r = checkForm(
      form({}, [
        { key: 'a', label: { fr: ' ' }, kind: 'text', required: false, options: ['x'] },
        { key: 'a', label: { fr: 'B' }, kind: 'dropdown', required: false, options: ['x', ' x '] },
        { key: 'c', label: { fr: 'C' }, kind: 'checkboxes', required: false },
        { key: 'd', label: { fr: 'D' }, kind: 'file', required: true },
        { key: 'e', label: { fr: 'E' }, kind: 'number', required: false, maxBytes: 3 },
      ]),
    );
    expect(fields(r)).toEqual([
      'customFields[0].label.fr',
      'customFields[0].options',
      'customFields[1].key',
      'customFields[1].options',
      'customFields[2].options',
      'customFields[3].accept',
      'customFields[3].maxBytes',
      'customFields[4].maxBytes',
    ]);
  });

  it('trims labels and options and drops empty translations', () => {
    const r = checkForm(
      form({}, [{ key: 'diet', label: { fr: ' Régime ', de: ' ', en: 'Diet ' }, kind: 'dropdown', required: true, options: [' Vegan', 'Omni '] }]),
    );
    expect(r.problems).toEqual([]);
    expect(r.form.customFields).toEqual([{ key: 'diet', label: { fr: 'Régime', en: 'Diet' }, kind: 'dropdown', required: true, options: ['Vegan', 'Omni'] }]);
  });
});

describe('checkCustomer: the standard fields', () => {
  it('wants each required field, takes an optional one empty, and refuses a hidden one that is sent', () => {
    const f = form({ city: 'required', zip: 'optional', company: 'hidden' });
    expect(fields(checkCustomer(f, { email: 'a@b.ch', firstName: 'A', lastName: 'B', city: ' ', company: 'ACME' }, ctx))).toEqual([
      'customer.company',
      'customer.city',
    ]);
    const ok = checkCustomer(f, { email: 'A@B.ch', firstName: ' Ada ', lastName: 'B', city: 'Genève', zip: '' }, ctx);
    expect(ok.problems).toEqual([]);
    expect(ok.snapshot.contact).toEqual({ email: 'a@b.ch', firstName: 'Ada', lastName: 'B', city: 'Genève' });
  });

  it('checks kinds: title, email, country code, mobile, a date of birth in the past', () => {
    const f = form({ title: 'optional', country: 'optional', mobile: 'optional', dateOfBirth: 'optional' });
    const base = { email: 'a@b.ch', firstName: 'A', lastName: 'B' };
    const bad = checkCustomer(f, { ...base, email: 'nope', title: 'dr', country: 'XY', mobile: '12ab', dateOfBirth: '2027-01-10' }, ctx);
    expect(fields(bad)).toEqual(['customer.title', 'customer.email', 'customer.country', 'customer.mobile', 'customer.dateOfBirth']);
    expect(fields(checkCustomer(f, { ...base, dateOfBirth: '1990-02-30' }, ctx))).toEqual(['customer.dateOfBirth']);
    const good = checkCustomer(f, { ...base, title: 'mrs', country: 'ch', mobile: '+41 79 123 45 67', dateOfBirth: '1990-02-28' }, ctx);
    expect(good.problems).toEqual([]);
    expect(good.snapshot.contact.country).toBe('CH');
  });

  it('knows countries and plausible mobiles', () => {
    expect(['CH', 'FR', 'DE', 'IT', 'LI', 'US'].every(isCountryCode)).toBe(true);
    expect(['XY', 'EU', 'UN', 'ch', 'CHE', ''].some(isCountryCode)).toBe(false);
    expect(isPlausibleMobile('079 123 45 67')).toBe(true);
    expect(isPlausibleMobile('+41 (0)79-123.45.67')).toBe(true);
    expect(isPlausibleMobile('12345')).toBe(false);
    expect(isPlausibleMobile('+41 79 123 45 67 89 01 23')).toBe(false);
  });
});

describe('checkCustomer: the custom answers', () => {
  const custom: CustomField[] = [
    { key: 'note', label: { fr: 'Note' }, kind: 'text', required: false },
    { key: 'age', label: { fr: 'Âge' }, kind: 'number', required: true },
    { key: 'arrival', label: { fr: 'Arrivée' }, kind: 'date', required: false },
    { key: 'diet', label: { fr: 'Régime' }, kind: 'dropdown', required: true, options: ['Vegan', 'Omni'] },
    { key: 'days', label: { fr: 'Jours' }, kind: 'checkboxes', required: true, options: ['Lu', 'Ma', 'Me'] },
    { key: 'cv', label: { fr: 'CV' }, kind: 'file', required: true, accept: ['application/pdf'], maxBytes: 1000 },
  ];
  const f = form({}, custom);
  const base = { email: 'a@b.ch', firstName: 'A', lastName: 'B' };
  const upload = { id: '4f9c0c52-4cf1-4a3c-8a2b-3e1f0f6c1a11', fieldKey: 'cv', fileName: 'cv.pdf', contentType: 'application/pdf' as const, sizeBytes: 900 };

  it('wants the required ones and refuses unknown keys', () => {
    expect(fields(checkCustomer(f, { ...base, answers: { other: 'x', days: [] } }, ctx))).toEqual([
      'customer.answers.other',
      'customer.answers.age',
      'customer.answers.diet',
      'customer.answers.days',
      'customer.answers.cv',
    ]);
  });

  it('checks each kind, and a file by an upload of this cart for this field', () => {
    const bad = checkCustomer(
      f,
      { ...base, answers: { note: 5, age: '3', arrival: '2027-13-01', diet: 'Fish', days: ['Lu', 'Lu'], cv: upload.id } },
      { ...ctx, uploads: [{ ...upload, fieldKey: 'other' }] },
    );
    expect(fields(bad)).toEqual([
      'customer.answers.note',
      'customer.answers.age',
      'customer.answers.arrival',
      'customer.answers.diet',
      'customer.answers.days',
      'customer.answers.cv',
    ]);

    const good = checkCustomer(
      f,
      { ...base, answers: { note: ' hi ', age: 42, arrival: '2027-02-01', diet: 'Vegan', days: ['Me', 'Lu'], cv: upload.id } },
      { ...ctx, uploads: [upload] },
    );
    expect(good.problems).toEqual([]);
    expect(good.snapshot.answers).toEqual([
      { key: 'note', label: { fr: 'Note' }, kind: 'text', value: 'hi' },
      { key: 'age', label: { fr: 'Âge' }, kind: 'number', number: 42 },
      { key: 'arrival', label: { fr: 'Arrivée' }, kind: 'date', value: '2027-02-01' },
      { key: 'diet', label: { fr: 'Régime' }, kind: 'dropdown', value: 'Vegan' },
      { key: 'days', label: { fr: 'Jours' }, kind: 'checkboxes', choices: ['Lu', 'Me'] },
      { key: 'cv', label: { fr: 'CV' }, kind: 'file', file: { uploadId: upload.id, fileName: 'cv.pdf', contentType: 'application/pdf', sizeBytes: 900 } },
    ]);
  });
});

describe('sniffUploadType', () => {
  it('recognises PDF, JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffUploadType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffUploadType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffUploadType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffUploadType(Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffUploadType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffUploadType(Buffer.from('%PD'))).toBeNull();
    expect(sniffUploadType(Buffer.from('<html>%PDF-'))).toBeNull();
  });
});
