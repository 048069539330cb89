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
