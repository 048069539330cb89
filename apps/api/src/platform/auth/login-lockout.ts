/**
 * One policy for every password login (organizer users and shop customer accounts): after this many
 * wrong passwords in a row the login is refused for LOCK_MS, even with the right password, so a
 * password cannot be guessed online. A right password (before the limit) starts the count again.
 */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;
