import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, nextTick, ref } from 'vue';
import { vDialogFocus } from './dialog-focus';

const Page = defineComponent({
  directives: { dialogFocus: vDialogFocus },
  setup: () => ({ shown: ref(false), more: ref(false) }),
  template: `
    <button data-testid="opener" @click="shown = true">Ouvrir</button>
    <section v-if="shown" v-dialog-focus role="dialog" aria-modal="true">
      <button data-testid="first">Un</button>
      <input data-testid="middle" />
      <button disabled>Grisé</button>
      <button data-testid="last" @click="shown = false">Fermer</button>
      <div v-show="more"><input data-testid="folded" /></div>
    </section>`,
});

const tab = (shiftKey = false) => {
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
  (document.activeElement ?? document.body).dispatchEvent(e);
  return e.defaultPrevented;
};

describe('v-dialog-focus', () => {
  it('moves the focus in, keeps Tab and Shift+Tab among the dialog’s controls, and gives the focus back on close', async () => {
    const page = mount(Page, { attachTo: document.body });
    const el = (id: string) => page.get(`[data-testid="${id}"]`).element as HTMLElement;
    el('opener').focus();
    await page.get('[data-testid="opener"]').trigger('click');
    await nextTick();
    expect(document.activeElement).toBe(el('first'));

    // Within the dialog the browser moves the focus itself: nothing is held back.
    expect(tab()).toBe(false);
    el('last').focus();
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(el('first'));
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(el('last'));

    // Focus left behind the overlay (a click outside) comes back in with the next Tab.
    el('opener').focus();
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(el('first'));

    await page.get('[data-testid="last"]').trigger('click');
    await nextTick();
    expect(page.find('[role="dialog"]').exists()).toBe(false);
    expect(document.activeElement).toBe(el('opener'));
    // Closed: Tab is the page's again.
    expect(tab()).toBe(false);
    page.unmount();
  });

  it('leaves out what is not displayed (v-show) when it goes round', async () => {
    const page = mount(Page, { attachTo: document.body });
    const el = (id: string) => page.get(`[data-testid="${id}"]`).element as HTMLElement;
    await page.get('[data-testid="opener"]').trigger('click');
    await nextTick();
    el('last').focus();
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(el('first'));
    // Unfolded, the field is the last control: Tab from « Fermer » is the browser's again.
    (page.vm as unknown as { more: boolean }).more = true;
    await nextTick();
    el('last').focus();
    expect(tab()).toBe(false);
    el('folded').focus();
    expect(tab()).toBe(true);
    expect(document.activeElement).toBe(el('first'));
    page.unmount();
  });
});
