import { createGuichetClient } from '@guichet/api-client';

/** The shop's API client: same-origin, the dev/preview server proxies /api. The shop is public: no token. */
export const api = createGuichetClient({ baseUrl: '' });
