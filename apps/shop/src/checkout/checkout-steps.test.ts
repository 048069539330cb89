import { describe, expect, it } from 'vitest';
import type { components } from '@guichet/api-client';
import { attendeeErrors, attendeesPayload, chosenMethod, emptyDraft, nextStep, previousStep, stepOf, stepOfField, TRACKED_VIEW } from './checkout-steps';

type Field = components['schemas']['AttendeeFieldDto'];

const NAME: Field = { key: 'name', label: 'Nom', kind: 'text', required: true };
const AGE: Field = { key: 'age', label: 'Âge', kind: 'number', required: false };
const tickets = [
  { index: 0, fields: [] as Field[] },
  { index: 1, fields: [NAME, AGE] },
];

describe('checkout steps', () => {
  it('go delivery → details → payment, each tracked as seed 003 names it', () => {
    expect(stepOf(undefined)).toBe('delivery');
    expect(stepOf('payment')).toBe('payment');
    expect(stepOf('elsewhere')).toBe('delivery');
    expect([nextStep('delivery'), nextStep('details'), nextStep('payment')]).toEqual(['details', 'payment', null]);
    expect([previousStep('delivery'), previousStep('payment')]).toEqual([null, 'details']);
    expect(TRACKED_VIEW).toEqual({ delivery: 'ike_cart_delivery_view', details: 'ike_cart_form_view', payment: 'ike_cart_payment_view' });
  });

  it('send a refused field back to the step where it is typed', () => {
    expect(stepOfField('customer.email')).toBe('details');
    expect(stepOfField('attendees[1].name')).toBe('details');
    expect(stepOfField('paymentMethod')).toBe('payment');
    expect(stepOfField('promoCode')).toBeNull();
  });
});

describe('the details step', () => {
  it('asks the required attendee answers unless they are left for later', () => {
    const draft = { ...emptyDraft(), answers: { 1: { name: '', age: '' } } };
    expect(attendeeErrors(tickets, draft)).toEqual(['attendees[1].name']);
    expect(attendeeErrors(tickets, { ...draft, attendeesLater: true })).toEqual([]);
    expect(attendeeErrors(tickets, { ...draft, answers: { 1: { name: 'Ada' } } })).toEqual([]);
  });

  it('sends answers per ticket, numbers as numbers, and nothing when left for later', () => {
    const draft = { ...emptyDraft(), answers: { 0: {}, 1: { name: 'Ada', age: '36' } } };
    expect(attendeesPayload(tickets, draft)).toEqual([null, { name: 'Ada', age: 36 }]);
    expect(attendeesPayload(tickets, { ...draft, answers: { 1: { name: '', age: '' } } })).toEqual([null, null]);
    expect(attendeesPayload(tickets, { ...draft, attendeesLater: true })).toBeUndefined();
    expect(attendeesPayload([{ index: 0, fields: [] }], draft)).toBeUndefined();
  });
});

describe('the payment step', () => {
  it('keeps the customer’s choice while it is offered, else shows the first offered', () => {
    expect(chosenMethod(['card', 'on_site', 'invoice'], 'invoice')).toBe('invoice');
    expect(chosenMethod(['card', 'on_site', 'invoice'], null)).toBe('card');
    expect(chosenMethod(['card', 'on_site'], 'invoice')).toBe('card');
    expect(chosenMethod(['free'], 'card')).toBe('free');
    expect(chosenMethod([], null)).toBeNull();
  });
});
