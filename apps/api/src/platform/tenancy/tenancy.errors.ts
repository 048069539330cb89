import { declareProblems } from '../http/problem';

/** Who may act on which tenant: the problems of logging in and of naming a ticketing or a shop. */
export const TenancyProblems = declareProblems('tenancy', {
  TICKETING_NOT_FOUND: { status: 404, summary: 'No such ticketing among yours (another tenant’s id looks the same as an unknown one)' },
  SHOP_NOT_FOUND: { status: 404, summary: 'No shop has this slug' },
  INVALID_CREDENTIALS: { status: 401, summary: 'Wrong email or password' },
});
