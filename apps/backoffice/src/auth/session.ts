import { type components, createGuichetClient, type Problem } from '@guichet/api-client';
import { reactive } from 'vue';
import { api, tokenStore } from '../api/client';

type Me = components['schemas']['MeResponse'];
type LoginResponse = components['schemas']['LoginResponse'];

/** The signed-in user: whether a token is held, and who it belongs to. */
export const session = reactive<{ token: string | null; me: Me | null }>({ token: tokenStore.get(), me: null });

/** Keeps the session a login (or an accepted invitation) opened. */
export function startSession(data: LoginResponse): void {
  tokenStore.set(data.accessToken);
  session.token = data.accessToken;
  session.me = data.user;
}

export async function login(email: string, password: string): Promise<Problem | null> {
  const { data, error } = await api.POST('/api/v1/auth/login', { body: { email, password } });
  if (error) return error;
  startSession(data);
  return null;
}

/** Reads the user again (their roles changed, e.g. after changing their own in the team). */
export async function refreshMe(): Promise<void> {
  const { data } = await api.GET('/api/v1/me');
  if (data) session.me = data;
}

/** Loads the user behind a stored token; false when there is none or it is no longer valid. */
export async function ensureMe(): Promise<boolean> {
  if (session.me) return true;
  if (!session.token) return false;
  const { data } = await api.GET('/api/v1/me');
  session.me = data ?? null;
  return Boolean(data);
}

/**
 * As ensureMe, for the scanner's pages, which a door device uses without a user: offline, or with a
 * session that ended, it answers false and stays on the page (the backoffice's client would send a
 * 401 to the login page).
 */
export async function userIfAny(): Promise<boolean> {
  if (session.me) return true;
  if (!session.token) return false;
  try {
    const { data, response } = await createGuichetClient({ baseUrl: '', token: tokenStore.get }).GET('/api/v1/me');
    if (response.status === 401) logout();
    session.me = data ?? null;
    return Boolean(data);
  } catch {
    return false;
  }
}

export function logout(): void {
  tokenStore.clear();
  session.token = null;
  session.me = null;
}
