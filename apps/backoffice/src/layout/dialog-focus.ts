import type { Directive } from 'vue';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Whether `el` or a parent up to `root` is not rendered (`display: none`, as `v-show` does). */
function undisplayed(el: HTMLElement, root: HTMLElement): boolean {
  for (let at: HTMLElement | null = el; at && at !== root; at = at.parentElement) if (getComputedStyle(at).display === 'none') return true;
  return false;
}

/** What Tab can reach inside `root`, in document order (hidden or undisplayed ones left out). */
function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]') && !undisplayed(el, root));
}

/** The open dialogs, the top one last, each with what had the focus before it opened. */
const open: { el: HTMLElement; before: Element | null }[] = [];

function keepTabInside(e: KeyboardEvent) {
  const top = open[open.length - 1];
  if (e.key !== 'Tab' || !top) return;
  const all = focusables(top.el);
  if (!all.length) return e.preventDefault();
  const active = document.activeElement;
  const outside = !top.el.contains(active);
  if (e.shiftKey && (outside || active === all[0])) {
    e.preventDefault();
    all[all.length - 1].focus();
  } else if (!e.shiftKey && (outside || active === all[all.length - 1])) {
    e.preventDefault();
    all[0].focus();
  }
}

/**
 * `v-dialog-focus` on a modal dialog (`role="dialog" aria-modal="true"`): Tab and Shift+Tab go round
 * its own controls instead of leaving for the page behind it; the focus moves in when it opens (the
 * dialog's own choice, made in its `onMounted`, comes after and wins) and goes back where it was when
 * it closes — a keyboard or screen-reader user is neither lost behind the overlay nor sent to the top.
 */
export const vDialogFocus: Directive<HTMLElement> = {
  mounted(el) {
    if (!open.length) document.addEventListener('keydown', keepTabInside, true);
    open.push({ el, before: document.activeElement });
    if (!el.contains(document.activeElement)) focusables(el)[0]?.focus();
  },
  unmounted(el) {
    const at = open.findIndex((d) => d.el === el);
    if (at < 0) return;
    const [{ before }] = open.splice(at, 1);
    if (!open.length) document.removeEventListener('keydown', keepTabInside, true);
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  },
};
