export { default as ProblemAlert } from './ProblemAlert.vue';
export { default as FieldErrors } from './FieldErrors.vue';
export { default as StatusBadge } from './StatusBadge.vue';
export { default as LoadingState } from './LoadingState.vue';
export type { ProblemLike } from './problem';
export { formatDateTime, formatShortDateTime } from './format';
