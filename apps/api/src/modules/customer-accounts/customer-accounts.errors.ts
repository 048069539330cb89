import { declareProblems } from '../../platform/http/problem';

/** The problems of customer accounts in a shop (ADR 0029). A wrong password is the tenancy's `INVALID_CREDENTIALS`. */
export const CustomerAccountsProblems = declareProblems('customer-accounts', {
  ACCOUNT_ALREADY_EXISTS: { status: 409, summary: 'This shop already has an account with this email: log in, or reset its password' },
  ACCOUNT_NOT_CONFIRMED: { status: 403, summary: 'The account’s email is not confirmed yet: open the link sent to it (or ask for a new one)' },
  TOO_MANY_LOGIN_ATTEMPTS: { status: 429, summary: 'Too many wrong passwords for this account: try again later, or reset the password' },
  ACCOUNT_LINK_NOT_FOUND: { status: 404, summary: 'No open link has this token: it is unknown, or a newer link replaced it' },
  ACCOUNT_LINK_EXPIRED: { status: 410, summary: 'This link has expired: ask for a new one' },
  ACCOUNT_LINK_USED: { status: 410, summary: 'This link was already used' },
  ORDER_EMAIL_MISMATCH: { status: 403, summary: 'Only an account with the order’s email may claim it' },
  ORDER_CLAIMED_BY_ANOTHER_ACCOUNT: { status: 409, summary: 'This order already belongs to another account' },
});
