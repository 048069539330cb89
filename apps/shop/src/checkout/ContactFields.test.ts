import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import ContactFields from './ContactFields.vue';

/** The seam the registration form (SHOP-3) replaces: `v-model:customer` in, `problem` naming `customer.<field>`. */
describe('ContactFields', () => {
  const mountFields = (problem: { detail: string; errors: { field: string; message: string }[] } | null = null) => {
    const customer = { firstName: '', lastName: '', email: '' };
    const wrapper = mount(ContactFields, {
      props: { customer, problem, 'onUpdate:customer': (value: typeof customer) => Object.assign(customer, value) },
      global: { plugins: [i18n] },
    });
    return { wrapper, customer };
  };

  it('edits the customer it is given', async () => {
    const { wrapper, customer } = mountFields();
    await wrapper.get('[data-testid="first-name"]').setValue('Jeanne');
    await wrapper.get('[data-testid="last-name"]').setValue('Dubois');
    await wrapper.get('[data-testid="email"]').setValue('jeanne@example.ch');
    expect(customer).toEqual({ firstName: 'Jeanne', lastName: 'Dubois', email: 'jeanne@example.ch' });
  });

  it('shows each refused field beside it', () => {
    const { wrapper } = mountFields({
      detail: 'Merci de compléter vos coordonnées.',
      errors: [{ field: 'customer.email', message: 'Indiquez une adresse e-mail valide.' }],
    });
    const email = wrapper.get('[data-testid="email"]').element.closest('.field')!;
    expect(email.classList.contains('has-error')).toBe(true);
    expect(email.textContent).toContain('Indiquez une adresse e-mail valide.');
    expect(wrapper.get('[data-testid="first-name"]').element.closest('.field')!.classList.contains('has-error')).toBe(false);
  });
});
