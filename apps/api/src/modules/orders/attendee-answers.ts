import type { AttendeeField } from '../catalog';
import type { AttendeeAnswers } from './entities/ticket.entity';

/**
 * ORD-5: checks a holder's answers against the fields of the ticket's price — each known field of
 * the right kind (text, number, ISO date, one of the choices, true/false), every required one
 * answered — and returns them cleaned (trimmed, empty answers dropped), or the problems by field
 * (`${path}.${key}`).
 */
export function checkAnswers(
  fields: AttendeeField[],
  answers: Record<string, unknown>,
  path: string,
): { answers: AttendeeAnswers; problems: { field: string; message: string }[] } {
  const clean: AttendeeAnswers = {};
  const problems: { field: string; message: string }[] = [];
  for (const key of Object.keys(answers)) {
    if (!fields.some((f) => f.key === key)) problems.push({ field: `${path}.${key}`, message: 'not a field of this ticket' });
  }
  for (const f of fields) {
    const field = `${path}.${f.key}`;
    const raw = answers[f.key];
    const given = typeof raw === 'string' ? raw.trim() : raw;
    if (given === undefined || given === null || given === '') {
      if (f.required) problems.push({ field, message: 'required' });
      continue;
    }
    switch (f.kind) {
      case 'text':
        if (typeof given !== 'string' || given.length > 500) problems.push({ field, message: 'a text of at most 500 characters' });
        else clean[f.key] = given;
        break;
      case 'number':
        if (typeof given !== 'number' || !Number.isFinite(given)) problems.push({ field, message: 'a number' });
        else clean[f.key] = given;
        break;
      case 'date':
        if (typeof given !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`))) {
          problems.push({ field, message: 'a date (YYYY-MM-DD)' });
        } else clean[f.key] = given;
        break;
      case 'choice':
        if (typeof given !== 'string' || !(f.options ?? []).includes(given)) problems.push({ field, message: `one of: ${(f.options ?? []).join(', ')}` });
        else clean[f.key] = given;
        break;
      case 'checkbox':
        if (typeof given !== 'boolean') problems.push({ field, message: 'true or false' });
        else if (f.required && !given) problems.push({ field, message: 'required' });
        else clean[f.key] = given;
        break;
    }
  }
  return { answers: clean, problems };
}

/** Whether every required field has an answer. */
export function isComplete(fields: AttendeeField[], answers: AttendeeAnswers | null): boolean {
  return fields.every((f) => !f.required || (answers?.[f.key] !== undefined && answers[f.key] !== '' && answers[f.key] !== false));
}

/** The answers as printed: "Prénom : Ada", a checkbox as oui/non, in the fields' order. */
export function printedAnswers(fields: AttendeeField[], answers: AttendeeAnswers | null): { label: string; value: string }[] {
  if (!answers) return [];
  return fields
    .filter((f) => answers[f.key] !== undefined)
    .map((f) => ({ label: f.label, value: f.kind === 'checkbox' ? (answers[f.key] ? 'oui' : 'non') : String(answers[f.key]) }));
}

/**
 * Attendee data given with a checkout (SHOP-4): `given[i]` answers the i-th ticket of the cart (its
 * lines in order, one per place), whose price asks `fieldsPerTicket[i]`. An answered ticket is checked
 * like the personalisation page (`attendees[i].<key>`); a ticket left out (null, or past the end of
 * the list) is left for the personalisation link. More entries than tickets, or an entry that is not
 * an object, is named too.
 */
export function checkCheckoutAttendees(
  fieldsPerTicket: AttendeeField[][],
  given: unknown[],
): { attendees: (AttendeeAnswers | null)[]; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (given.length > fieldsPerTicket.length) problems.push({ field: 'attendees', message: `at most one entry per ticket (${fieldsPerTicket.length})` });
  const attendees = fieldsPerTicket.map((fields, i) => {
    const entry = given[i];
    if (entry === undefined || entry === null) return null;
    if (typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ field: `attendees[${i}]`, message: 'an object of answers by field key, or null to answer later' });
      return null;
    }
    const checked = checkAnswers(fields, entry as Record<string, unknown>, `attendees[${i}]`);
    problems.push(...checked.problems);
    return fields.length && Object.keys(checked.answers).length ? checked.answers : null;
  });
  return { attendees, problems };
}
