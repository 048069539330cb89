import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** Formats a remaining duration as `mm:ss` (minutes may exceed 59), never negative. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Milliseconds left until `deadline` (ISO), ticking every second while the component lives. */
export function useCountdown(deadline: Ref<string | undefined>) {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), 1000);
  });
  onBeforeUnmount(() => clearInterval(timer));
  const remainingMs = computed(() => (deadline.value ? Math.max(0, Date.parse(deadline.value) - now.value) : 0));
  return { remainingMs, text: computed(() => formatCountdown(remainingMs.value)), expired: computed(() => remainingMs.value <= 0) };
}
