import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { session } from '../auth/session';

/** The ticketing named by the current route, among those the user may access. */
export function useTicketing() {
  const route = useRoute();
  return computed(() => session.me?.ticketings.find((t) => t.id === route.params.ticketingId) ?? null);
}
