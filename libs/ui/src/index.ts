export { default as ProblemAlert } from './ProblemAlert.vue';
export { default as FieldErrors } from './FieldErrors.vue';
export { default as StatusBadge } from './StatusBadge.vue';
export { default as LoadingState } from './LoadingState.vue';
export type { ProblemLike } from './problem';
export { fieldMessages, renameFields } from './problem';
export { formatDateTime, formatShortDateTime } from './format';
export { formatMoneyInput, parseMoneyInput } from './money';
export { isoToZurichLocal, zurichDay, zurichLocalToIso, zurichTime } from './zurich-time';
