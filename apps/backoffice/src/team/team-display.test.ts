import { describe, expect, it } from 'vitest';
import { describeTeamEntry, memberStatus, readMemberForm, readPasswordForm } from './team-display';
import type { ProblemCode } from '@guichet/api-client';
import { inWords } from '../i18n/problems';

const entry = (action: string, data: Record<string, unknown> = {}) => ({
  action,
  userLabel: 'Julie Morel <julie@remparts.demo>',
  actor: { kind: 'user' as const, label: 'Léa Favre' },
  data,
});

describe('team display', () => {
  it('says where a member stands', () => {
    expect(memberStatus({ status: 'active', invitationExpiresAt: null }).label).toBe('Actif');
    const invited = memberStatus({ status: 'invited', invitationExpiresAt: '2026-12-01T09:00:00Z' });
    expect(invited).toMatchObject({ tone: 'info', label: 'Invitation envoyée' });
    expect(invited.hint).toMatch(/^valable jusqu’au 01\.12\.2026/);
    expect(memberStatus({ status: 'invitation_expired', invitationExpiresAt: null })).toMatchObject({ tone: 'warning', label: 'Invitation expirée' });
  });

  it('tells the journal in words, naming roles in French', () => {
    expect(describeTeamEntry(entry('team.member.added', { role: 'ticket_office' }))).toBe('Léa Favre a ajouté Julie Morel (Guichet)');
    expect(describeTeamEntry(entry('team.member.role_changed', { from: 'control', to: 'manager' }))).toBe(
      'Léa Favre a changé le rôle de Julie Morel : Contrôle → Gestion',
    );
    expect(describeTeamEntry(entry('team.member.removed'))).toBe('Léa Favre a retiré Julie Morel de l’équipe');
    expect(describeTeamEntry(entry('team.invitation.accepted'))).toBe('Julie Morel a accepté l’invitation et choisi son mot de passe');
  });

  it('checks the add form before sending', () => {
    expect(readMemberForm({ email: ' julie@remparts.demo ', name: ' Julie ', role: 'control' })).toEqual({
      body: { email: 'julie@remparts.demo', name: 'Julie', role: 'control' },
    });
    expect(readMemberForm({ email: 'julie', name: ' ', role: 'control' })).toEqual({
      errors: [
        { field: 'email', message: 'Adresse e-mail invalide.' },
        { field: 'name', message: 'Indiquez le nom de la personne.' },
      ],
    });
  });

  it('wants a long enough password, typed twice the same', () => {
    expect(readPasswordForm({ password: 'court', confirmation: 'court' })).toEqual({ errors: [{ field: 'password', message: 'Au moins 10 caractères.' }] });
    expect(readPasswordForm({ password: 'un-long-mot', confirmation: 'un-long-mOt' })).toEqual({
      errors: [{ field: 'confirmation', message: 'Les deux mots de passe ne sont pas identiques.' }],
    });
    expect(readPasswordForm({ password: 'un-long-mot', confirmation: 'un-long-mot' })).toEqual({ password: 'un-long-mot' });
  });

  it('puts the team’s problems in the catalog’s words, field messages included', () => {
    const problem = inWords({
      code: 'MEMBER_ALREADY_EXISTS',
      detail: 'This person is already a member',
      errors: [{ field: 'email', message: 'is already a member' }],
    });
    expect(problem.detail).toMatch(/^Cette personne fait déjà partie de l’équipe/);
    expect(problem.errors).toEqual([{ field: 'email', message: 'Déjà membre de l’équipe.' }]);
    expect(inWords({ code: 'SOMETHING_ELSE' as ProblemCode, detail: 'as is' }).detail).toBe('as is');
  });
});
