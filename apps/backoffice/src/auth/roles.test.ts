import { describe, expect, it } from 'vitest';
import { changesComment, editsCatalog, landingSection, maySee, SECTIONS, writesControl } from './roles';

describe('what each role sees', () => {
  it('lands each role where its work is', () => {
    expect(landingSection('admin')).toBe('events');
    expect(landingSection('manager')).toBe('events');
    expect(landingSection('ticket_office')).toBe('ticket-office');
    expect(landingSection('control')).toBe('control');
    expect(landingSection('accounting')).toBe('orders');
  });

  it('gives the control role its control page only, and the team to admins only', () => {
    expect(SECTIONS.control).toEqual(['control']);
    expect(maySee('control', 'events')).toBe(false);
    expect(maySee('admin', 'team')).toBe(true);
    expect(maySee('manager', 'team')).toBe(false);
    expect(maySee('accounting', 'shop-settings')).toBe(false);
    expect(maySee(undefined, 'orders')).toBe(false);
  });

  it('gives the sale screen to those who sell at the counter, and keeps their orders in reach', () => {
    const selling = ['admin', 'manager', 'ticket_office', 'control', 'accounting'].filter((r) => maySee(r as never, 'ticket-office'));
    expect(selling).toEqual(['admin', 'manager', 'ticket_office']);
    expect(maySee('ticket_office', 'orders')).toBe(true);
  });

  it('gives the bank reconciliation to admins, managers and accounting (PAY-5)', () => {
    expect((['admin', 'manager', 'ticket_office', 'control', 'accounting'] as const).filter((r) => maySee(r, 'bank-reconciliation'))).toEqual([
      'admin',
      'manager',
      'accounting',
    ]);
  });

  it('lets only admins and managers edit the catalog', () => {
    expect(['admin', 'manager', 'ticket_office', 'control', 'accounting'].filter((r) => editsCatalog(r as never))).toEqual(['admin', 'manager']);
  });

  it('lets admins and managers write the control’s profiles and devices; the control role reads them', () => {
    expect((['admin', 'manager', 'control', 'ticket_office', 'accounting'] as const).filter(writesControl)).toEqual(['admin', 'manager']);
  });

  it('leaves a comment to its author and to admins', () => {
    const byLea = { kind: 'user', id: 'lea' };
    expect(changesComment('ticket_office', 'lea', byLea)).toBe(true);
    expect(changesComment('manager', 'marc', byLea)).toBe(false);
    expect(changesComment('admin', 'ana', byLea)).toBe(true);
    expect(changesComment('admin', 'ana', { kind: 'system', id: null })).toBe(true);
    // A role that no longer comments cannot change its old comments either; nobody matches an author without id.
    expect(changesComment('accounting', 'lea', byLea)).toBe(false);
    expect(changesComment('manager', undefined, { kind: 'user', id: null })).toBe(false);
  });
});
