import { createGuichetClient } from '@guichet/api-client';

const TOKEN_KEY = 'guichet.backoffice.token';
let unauthorizedHandler: () => void = () => {};

/** The user's bearer token, kept in localStorage so a reload keeps the session. */
export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

/** The backoffice's API client: same-origin (the dev/preview server proxies /api), with the user's bearer token. */
export const api = createGuichetClient({ baseUrl: '', token: tokenStore.get });

api.use({
  onResponse({ request, response }) {
    // A 401 on login means wrong credentials; anywhere else the session is over.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/login')) unauthorizedHandler();
    return response;
  },
});

export function onUnauthorized(handler: () => void): void {
  unauthorizedHandler = handler;
}
