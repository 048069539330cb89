import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ContactForm from './ContactForm.vue';

const initial = { firstName: 'Hortense', lastName: 'Vauclair', email: 'hortense@example.ch', phone: null };
const mountForm = (props: Partial<InstanceType<typeof ContactForm>['$props']> = {}) =>
  mount(ContactForm, {
    props: { idPrefix: 'contact', phoneField: 'mobile', initial, saving: false, problem: null, notSaved: 'Contact non modifié', ...props },
    slots: { default: '<p data-testid="extra">Plus</p>' },
  });

describe('ContactForm', () => {
  it('starts from the contact and hands up the email trimmed and no phone as null', async () => {
    const form = mountForm();
    expect(form.get<HTMLInputElement>('[data-testid="contact-first-name"]').element.value).toBe('Hortense');
    expect(form.get<HTMLInputElement>('[data-testid="contact-mobile-input"]').element.value).toBe('');
    await form.get('[data-testid="contact-email-input"]').setValue('  h.vauclair@example.ch ');
    await form.get('[data-testid="contact-form"]').trigger('submit');
    expect(form.emitted('save')).toEqual([[{ firstName: 'Hortense', lastName: 'Vauclair', email: 'h.vauclair@example.ch', phone: null }]]);
    await form.get('[data-testid="contact-mobile-input"]').setValue(' +41 79 555 12 34 ');
    await form.get('[data-testid="contact-form"]').trigger('submit');
    expect(form.emitted('save')![1]).toEqual([{ firstName: 'Hortense', lastName: 'Vauclair', email: 'h.vauclair@example.ch', phone: '+41 79 555 12 34' }]);
  });

  it('names its elements after the prefix and the phone after the API’s field, and labels it accordingly', () => {
    const form = mountForm({ idPrefix: 'customer', phoneField: 'phone', initial: { ...initial, phone: '+41 21 000 00 00' } });
    expect(form.find('[data-testid="customer-form"]').exists()).toBe(true);
    expect(form.get<HTMLInputElement>('[data-testid="customer-phone-input"]').element.value).toBe('+41 21 000 00 00');
    expect(form.get('label[for="customer-phone"]').text()).toBe('Téléphone');
    expect(form.get('[data-testid="save-customer"]').text()).toBe('Enregistrer');
    expect(form.get('[data-testid="extra"]').text()).toBe('Plus');
    expect(mountForm().get('label[for="contact-mobile"]').text()).toBe('Mobile');
  });

  it('shows a refused field under it, marks it, and says « Enregistrement… » while saving', () => {
    const problem = { code: 'VALIDATION_FAILED', detail: 'x', errors: [{ field: 'mobile', message: 'Indiquez un numéro de téléphone.' }] };
    const form = mountForm({ problem, saving: true });
    expect(form.get('[data-testid="error-mobile"]').text()).toBe('Indiquez un numéro de téléphone.');
    expect(form.get('label[for="contact-mobile"]').element.parentElement!.classList).toContain('has-error');
    const save = form.get<HTMLButtonElement>('[data-testid="save-contact"]');
    expect(save.text()).toBe('Enregistrement…');
    expect(save.element.disabled).toBe(true);
  });

  it('cancels without saving', async () => {
    const form = mountForm();
    await form.get('.btn-ghost').trigger('click');
    expect(form.emitted('cancel')).toHaveLength(1);
    expect(form.emitted('save')).toBeUndefined();
  });
});
