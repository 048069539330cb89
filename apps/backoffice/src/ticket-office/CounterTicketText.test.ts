import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import CounterTicketText from './CounterTicketText.vue';

const mountText = (customerName = 'Grace Hopper') => {
  // The page's ref: the fields are typed into it.
  const model = reactive({ line: '', holderName: '' });
  return { model, wrapper: mount(CounterTicketText, { props: { modelValue: model, customerName, problem: null } }) };
};

describe('CounterTicketText', () => {
  it('is folded until opened, types a line within its bound and takes the customer’s name as the holder', async () => {
    const { model, wrapper: text } = mountText();
    const details = text.get<HTMLDetailsElement>('[data-testid="counter-ticket-text"]');
    expect(details.attributes('open')).toBeUndefined();
    const line = text.get<HTMLInputElement>('[data-testid="counter-ticket-line"]');
    expect(line.attributes('maxlength')).toBe('60');
    await line.setValue('Invité de la direction');
    expect(text.text()).toContain('22 / 60 caractères');
    await text.get('[data-testid="counter-ticket-holder-customer"]').trigger('click');
    expect(model).toEqual({ line: 'Invité de la direction', holderName: 'Grace Hopper' });
  });

  it('cannot copy a customer’s name that was not typed, and opens on a refusal about its fields', async () => {
    const { wrapper: text } = mountText('');
    expect(text.get('[data-testid="counter-ticket-holder-customer"]').attributes('disabled')).toBeDefined();
    await text.setProps({ problem: { code: 'VALIDATION_FAILED', detail: 'Invalid', errors: [{ field: 'ticketText.line', message: 'trop long' }] } });
    expect(text.get('[data-testid="counter-ticket-text"]').attributes('open')).toBeDefined();
  });
});
