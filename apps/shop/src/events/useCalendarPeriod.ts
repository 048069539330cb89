import { zurichDay } from '@guichet/ui';
import { computed, ref } from 'vue';
import { groupByDay, type Day } from './calendar';

/**
 * A calendar's dates by Zurich day, and the period it shows (a month or a week, as `periodOf` names
 * it): first the selected date's, else the first date's; `first` and `last` bound the navigation.
 */
export function useCalendarPeriod<T extends { id: string; startsAt: string }>(
  props: { dates: readonly T[]; selectedId: string | null },
  periodOf: (day: Day) => string,
) {
  const periodAt = (date: T | undefined) => (date ? periodOf(zurichDay(date.startsAt)) : '');
  const byDay = computed(() => groupByDay(props.dates, (d) => zurichDay(d.startsAt)));
  const first = computed(() => periodAt(props.dates[0]));
  const last = computed(() => periodAt(props.dates[props.dates.length - 1]));
  const shown = ref(periodAt(props.dates.find((d) => d.id === props.selectedId) ?? props.dates[0]));
  return { byDay, first, last, shown };
}
