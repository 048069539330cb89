import type { AttendeeField } from '../catalog';
import { checkAnswers, checkCheckoutAttendees, isComplete, printedAnswers } from './attendee-answers';

const fields: AttendeeField[] = [
  { key: 'name', label: 'Nom', kind: 'text', required: true },
  { key: 'age', label: 'Âge', kind: 'number', required: false },
  { key: 'born', label: 'Naissance', kind: 'date', required: false },
  { key: 'meal', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
  { key: 'terms', label: 'Conditions acceptées', kind: 'checkbox', required: true },
];

describe('attendee answers', () => {
  it('keeps valid answers, trimmed, and drops empty optional ones', () => {
    const { answers, problems } = checkAnswers(fields, { name: ' Ada ', age: 36, born: '1815-12-10', meal: 'Végétarien', terms: true }, 'tickets[0].answers');
    expect(problems).toEqual([]);
    expect(answers).toEqual({ name: 'Ada', age: 36, born: '1815-12-10', meal: 'Végétarien', terms: true });
    expect(isComplete(fields, answers)).toBe(true);
  });

  it('names every wrong, missing or unknown answer by its field', () => {
    const { problems } = checkAnswers(fields, { name: '', age: 'old', born: '10.12.1815', meal: 'Poisson', terms: false, shoe: 42 }, 'a');
    expect(problems.map((p) => p.field).sort()).toEqual(['a.age', 'a.born', 'a.meal', 'a.name', 'a.shoe', 'a.terms']);
  });

  it('says what is missing and prints what was given', () => {
    expect(isComplete(fields, { name: 'Ada' })).toBe(false);
    expect(isComplete(fields, null)).toBe(false);
    expect(printedAnswers(fields, { name: 'Ada', terms: true })).toEqual([
      { label: 'Nom', value: 'Ada' },
      { label: 'Conditions acceptées', value: 'oui' },
    ]);
  });
});

describe('checkCheckoutAttendees', () => {
  const asks: AttendeeField[] = [{ key: 'name', label: 'Nom', kind: 'text', required: true }];

  it('answers tickets by index, leaves null and missing entries for later, and names attendees[i].<key>', () => {
    expect(checkCheckoutAttendees([asks, [], asks], [{ name: ' Ada ' }])).toEqual({ attendees: [{ name: 'Ada' }, null, null], problems: [] });
    expect(checkCheckoutAttendees([asks, asks], [null, {}]).problems).toEqual([{ field: 'attendees[1].name', message: 'required' }]);
  });

  it('refuses more entries than tickets and entries that are not objects', () => {
    expect(checkCheckoutAttendees([asks], [null, null]).problems.map((p) => p.field)).toEqual(['attendees']);
    expect(checkCheckoutAttendees([asks, asks], ['Ada', [1]]).problems.map((p) => p.field)).toEqual(['attendees[0]', 'attendees[1]']);
  });
});
