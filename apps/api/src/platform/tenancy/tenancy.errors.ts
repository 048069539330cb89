import { declareProblems } from '../http/problem';

/** Who may act on which tenant: the problems of logging in, of naming a ticketing or a shop, and of managing a ticketing's team. */
export const TenancyProblems = declareProblems('tenancy', {
  TICKETING_NOT_FOUND: { status: 404, summary: 'No such ticketing among yours (another tenant’s id looks the same as an unknown one)' },
  SHOP_NOT_FOUND: { status: 404, summary: 'No shop has this slug' },
  INVALID_CREDENTIALS: { status: 401, summary: 'Wrong email or password' },
  PASSWORD_RESET_NOT_FOUND: { status: 404, summary: 'No password reset link has this token: it is unknown, or a newer link replaced it' },
  PASSWORD_RESET_EXPIRED: { status: 410, summary: 'This password reset link has expired (it lasts one hour): ask for a new one' },
  PASSWORD_RESET_USED: { status: 410, summary: 'This password reset link was already used: log in, or ask for a new one' },
  USER_LOCKED_OUT: {
    status: 429,
    summary: 'Too many wrong passwords for this login: it is refused for 15 minutes, even with the right password (a password reset ends it at once)',
  },
  MEMBER_NOT_FOUND: { status: 404, summary: 'No member of this ticketing has this user id' },
  MEMBER_ALREADY_EXISTS: { status: 409, summary: 'This person is already a member of this ticketing; change their role instead' },
  EMAIL_BELONGS_TO_ANOTHER_ORGANIZER: {
    status: 409,
    summary: 'This email is the login of an account of another organizer, which cannot join this ticketing; ask the person for another address',
  },
  LAST_ADMIN: { status: 409, summary: 'A ticketing keeps at least one admin: the last one can be neither removed nor given another role' },
  INVITATION_NOT_PENDING: { status: 409, summary: 'This member has already chosen a password: there is no invitation to resend' },
  INVITATION_NOT_FOUND: { status: 404, summary: 'No open invitation has this token: it is unknown, was replaced by a newer one, or was withdrawn' },
  INVITATION_EXPIRED: { status: 410, summary: 'This invitation has expired; an admin of the ticketing can send a new one' },
  INVITATION_ALREADY_ACCEPTED: { status: 410, summary: 'This invitation was already used to choose a password; log in instead' },
});
