import type { components } from '@guichet/api-client';
import { formatShortDateTime } from '@guichet/ui';
import type { Role } from '../auth/roles';
import { labelOptions } from '../i18n/labels';

export type Member = components['schemas']['MemberResponse'];
export type TeamHistoryEntry = components['schemas']['TeamHistoryEntryResponse'];

/** A member's state as a badge: can log in, invited, or the invitation ran out. */
export function memberStatus(m: Pick<Member, 'status' | 'invitationExpiresAt'>): { tone: 'success' | 'info' | 'warning'; label: string; hint: string } {
  if (m.status === 'active') return { tone: 'success', label: 'Actif', hint: '' };
  if (m.status === 'invited') return { tone: 'info', label: 'Invitation envoyée', hint: `valable jusqu’au ${formatShortDateTime(m.invitationExpiresAt)}` };
  return { tone: 'warning', label: 'Invitation expirée', hint: 'à renvoyer' };
}

const roleName = (role: unknown) => labelOptions('role').find((o) => o.value === role)?.label ?? String(role ?? '—');
/** The member as the journal recorded them, without the email when a name is there ("Julie Morel <julie@…>" → "Julie Morel"). */
const who = (label: string) => label.replace(/\s*<[^>]*>$/, '') || label;

/** One line of the team's journal, in words. */
export function describeTeamEntry(e: Pick<TeamHistoryEntry, 'action' | 'userLabel' | 'actor' | 'data'>): string {
  const user = who(e.userLabel);
  const actor = e.actor.label;
  switch (e.action) {
    case 'team.member.added':
      return `${actor} a ajouté ${user} (${roleName(e.data.role)})`;
    case 'team.member.role_changed':
      return `${actor} a changé le rôle de ${user} : ${roleName(e.data.from)} → ${roleName(e.data.to)}`;
    case 'team.member.removed':
      return `${actor} a retiré ${user} de l’équipe`;
    case 'team.invitation.sent':
      return `${actor} a envoyé une invitation à ${user}`;
    case 'team.invitation.accepted':
      return `${user} a accepté l’invitation et choisi son mot de passe`;
    default:
      return `${e.action} — ${user} (${actor})`;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The add form, checked before sending: French messages by field, or the request body. */
export function readMemberForm(form: {
  email: string;
  name: string;
  role: Role;
}): { body: { email: string; name: string; role: Role } } | { errors: { field: string; message: string }[] } {
  const email = form.email.trim();
  const name = form.name.trim();
  const errors = [
    ...(EMAIL.test(email) ? [] : [{ field: 'email', message: email ? 'Adresse e-mail invalide.' : 'Indiquez l’adresse e-mail.' }]),
    ...(name ? [] : [{ field: 'name', message: 'Indiquez le nom de la personne.' }]),
  ];
  return errors.length ? { errors } : { body: { email, name, role: form.role } };
}

/** The acceptance form: a password long enough, typed twice the same. */
export function readPasswordForm(form: { password: string; confirmation: string }): { errors: { field: string; message: string }[] } | { password: string } {
  if (form.password.length < 10) return { errors: [{ field: 'password', message: 'Au moins 10 caractères.' }] };
  if (form.password.length > 72) return { errors: [{ field: 'password', message: 'Au plus 72 caractères.' }] };
  if (form.password !== form.confirmation) return { errors: [{ field: 'confirmation', message: 'Les deux mots de passe ne sont pas identiques.' }] };
  return { password: form.password };
}
