import { createGuichetClient } from '@guichet/api-client';
import { tokenForUrl } from '../account/customer-session';

/**
 * The shop's API client: same-origin, the dev/preview server proxies /api. The shop is public; a
 * logged-in customer's session token goes to their own shop's routes only (ADR 0029).
 */
export const api = createGuichetClient({ baseUrl: '' });
api.use({
  onRequest({ request }) {
    const token = tokenForUrl(request.url);
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});
