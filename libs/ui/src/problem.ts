/** The part of an RFC 9457 problem the UI shows; structurally compatible with the API's ProblemDto. */
export interface ProblemLike {
  code?: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** Messages of a problem's field errors for one field (e.g. `zone.capacity`), or for a field and its children. */
export function fieldMessages(problem: ProblemLike | null | undefined, field: string): string[] {
  if (!problem?.errors) return [];
  return problem.errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`)).map((e) => e.message);
}

/** The same problem with its field errors renamed, e.g. to point an API field at the input that holds it. */
export function renameFields<T extends ProblemLike>(problem: T, rename: (field: string) => string): T {
  return problem.errors ? { ...problem, errors: problem.errors.map((e) => ({ ...e, field: rename(e.field) })) } : problem;
}
