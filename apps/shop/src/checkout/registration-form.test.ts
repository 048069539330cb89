import { describe, expect, it } from 'vitest';
import {
  countries,
  type CustomField,
  customerOf,
  DEFAULT_SETTINGS,
  emptyValues,
  fileProblem,
  labelIn,
  localProblems,
  type RegistrationFormSettings,
  sizeName,
  typeNames,
  visibleStandard,
} from './registration-form';

const settings = (standard: Partial<RegistrationFormSettings['standard']> = {}, customFields: CustomField[] = []): RegistrationFormSettings => ({
  ...DEFAULT_SETTINGS,
  standard: { ...DEFAULT_SETTINGS.standard, ...standard },
  customFields,
});

const diet: CustomField = { key: 'diet', label: { fr: 'Régime', de: 'Ernährung' }, kind: 'dropdown', required: true, options: ['Vegan', 'Omni'] };
const days: CustomField = { key: 'days', label: { fr: 'Jours' }, kind: 'checkboxes', required: false, options: ['Sa', 'Di'] };
const age: CustomField = { key: 'age', label: { fr: 'Âge' }, kind: 'number', required: false };
const cv: CustomField = { key: 'cv', label: { fr: 'CV' }, kind: 'file', required: true, accept: ['application/pdf'], maxBytes: 1024 * 1024 };

describe('the registration form in the shop', () => {
  it('shows the fields that are not hidden, in the form’s order', () => {
    expect(visibleStandard(settings({ city: 'required', company: 'hidden', title: 'optional' }))).toEqual(['title', 'firstName', 'lastName', 'email', 'city']);
  });

  it('names what the API would refuse: required fields, a bad email, mobile or date of birth, a number that is none, a missing file', () => {
    const form = settings({ city: 'required', mobile: 'optional', dateOfBirth: 'optional' }, [diet, days, age, cv]);
    const values = emptyValues(form);
    Object.assign(values.standard, { firstName: 'Ada', lastName: ' ', email: 'ada@', mobile: 'abc', dateOfBirth: '2030-01-01' });
    values.answers.age = 'old';
    expect(localProblems(form, values, '2027-01-10')).toEqual([
      { field: 'customer.lastName', problem: 'required' },
      { field: 'customer.email', problem: 'invalid' },
      { field: 'customer.city', problem: 'required' },
      { field: 'customer.mobile', problem: 'invalid' },
      { field: 'customer.dateOfBirth', problem: 'invalid' },
      { field: 'customer.answers.diet', problem: 'required' },
      { field: 'customer.answers.age', problem: 'number' },
      { field: 'customer.answers.cv', problem: 'required' },
    ]);
  });

  it('sends the visible fields given and the answers by their kind, a file by its upload id', () => {
    const form = settings({ city: 'required', zip: 'optional', country: 'optional' }, [diet, days, age, cv]);
    const values = emptyValues(form);
    Object.assign(values.standard, {
      firstName: ' Ada ',
      lastName: 'Lovelace',
      email: 'ada@example.ch',
      city: 'Genève',
      zip: '',
      country: 'ch',
      company: 'ignored',
    });
    Object.assign(values.answers, { diet: 'Vegan', days: ['Di', 'Sa'], age: '36,5' });
    values.files.cv = { id: 'u1', name: 'cv.pdf' };
    expect(localProblems(form, values, '2027-01-10')).toEqual([]);
    expect(customerOf(form, values)).toEqual({
      email: 'ada@example.ch',
      firstName: 'Ada',
      lastName: 'Lovelace',
      city: 'Genève',
      country: 'CH',
      answers: { diet: 'Vegan', days: ['Sa', 'Di'], age: 36.5, cv: 'u1' },
    });
  });

  it('sends no answers for a form without custom fields', () => {
    const form = settings();
    const values = emptyValues(form);
    Object.assign(values.standard, { firstName: 'A', lastName: 'B', email: 'a@b.ch' });
    expect(customerOf(form, values)).toEqual({ email: 'a@b.ch', firstName: 'A', lastName: 'B' });
  });

  it('checks a picked file’s type and size before sending it', () => {
    expect(fileProblem(cv, { type: 'application/pdf', size: 1000 })).toBeNull();
    expect(fileProblem(cv, { type: 'image/png', size: 1000 })).toBe('fileType');
    expect(fileProblem(cv, { type: 'application/pdf', size: 2 * 1024 * 1024 })).toBe('fileSize');
    expect(typeNames(['application/pdf', 'image/jpeg'])).toBe('PDF, JPEG');
    expect(sizeName(1024 * 1024, 'fr')).toBe('1 MB');
    expect(sizeName(2.5 * 1024 * 1024, 'de')).toBe('2,5 MB');
    expect(sizeName(500 * 1024, 'en')).toBe('500 kB');
  });

  it('labels a question in the shop’s language, else in French', () => {
    expect(labelIn(diet.label, 'de')).toBe('Ernährung');
    expect(labelIn(diet.label, 'it')).toBe('Régime');
  });

  it('names countries in the shop’s language, by ISO code', () => {
    const fr = countries('fr');
    expect(fr.find((c) => c.code === 'CH')?.name).toBe('Suisse');
    expect(countries('de').find((c) => c.code === 'CH')?.name).toBe('Schweiz');
    expect(fr.some((c) => c.code === 'EU' || c.code === 'ZZ')).toBe(false);
    expect(fr.length).toBeGreaterThan(200);
  });
});
