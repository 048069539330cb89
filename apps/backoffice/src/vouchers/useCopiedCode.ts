import { ref } from 'vue';

/**
 * Copies a voucher code to the clipboard. For two seconds `copied` names the code just copied, or
 * `failed` the one the browser refused (the clipboard needs a secure context; the code stays selectable).
 */
export function useCopiedCode() {
  const copied = ref<string | null>(null);
  const failed = ref<string | null>(null);
  async function copy(code: string): Promise<void> {
    const ok = navigator.clipboard
      ? await navigator.clipboard.writeText(code).then(
          () => true,
          () => false,
        )
      : false;
    const flag = ok ? copied : failed;
    (ok ? failed : copied).value = null;
    flag.value = code;
    setTimeout(() => (flag.value = flag.value === code ? null : flag.value), 2000);
  }
  return { copied, failed, copy };
}
