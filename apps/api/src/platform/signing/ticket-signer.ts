import { Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { Clock } from '../clock/clock';
import { Database } from '../database/database';
import { SigningKey } from '../tenancy/entities/signing-key.entity';
import { TenantScope } from '../tenancy/tenant-scope';
import { generateSigningKey, newTicketBarcode, parseTicketCode, signTicketCode, toPrivateKey, toPublicKey, verifyTicketCode } from './ticket-code';

/** What a new ticket carries to the door: its signed code (the QR code) and its barcode (a Code 128, looked up). */
export interface IssuedCodes {
  code: string;
  barcode: string;
}

export type CodeCheck = { status: 'malformed' } | { status: 'unknown_key' } | { status: 'forged' } | { status: 'genuine'; ticketId: string };

/** Issues ticket codes and verifies signed ones with the ticketing's keys (cached: keys never change). */
@Injectable()
export class TicketSigner {
  private readonly signingKeys = new Map<string, { kid: string; key: KeyObject }>();
  private readonly verifyKeys = new Map<string, KeyObject>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async ensureKey(scope: TenantScope): Promise<void> {
    const existing = await this.db.scoped(SigningKey, scope).findOne({ active: true });
    if (existing) return;
    const key = generateSigningKey();
    await this.db.scoped(SigningKey, scope).insert({
      id: key.kid,
      publicKeyPem: key.publicKeyPem,
      privateKeyPem: key.privateKeyPem,
      active: true,
      createdAt: this.clock.now(),
    });
  }

  /** The codes of new tickets, by their ids (which the signed code embeds). */
  async issue(scope: TenantScope, ticketIds: string[]): Promise<IssuedCodes[]> {
    let signer = this.signingKeys.get(scope.ticketingId);
    if (!signer) {
      const row = await this.db.scoped(SigningKey, scope).findOne({ active: true });
      if (!row) throw new Error(`ticketing ${scope.ticketingId} has no signing key`);
      signer = { kid: row.id, key: toPrivateKey(row.privateKeyPem) };
      this.signingKeys.set(scope.ticketingId, signer);
    }
    return ticketIds.map((id) => ({ code: signTicketCode(signer.kid, signer.key, id), barcode: newTicketBarcode() }));
  }

  /**
   * The ticketing's public keys, active and retired, for a scanner to verify codes offline: each as
   * its key id and raw 32-byte Ed25519 key in base64url (a JWK's `x`).
   */
  async publicKeys(scope: TenantScope): Promise<{ kid: string; publicKey: string }[]> {
    const rows = await this.db.scoped(SigningKey, scope).find({}, { createdAt: 'ASC' });
    return rows.map((r) => ({ kid: r.id, publicKey: toPublicKey(r.publicKeyPem).export({ format: 'jwk' }).x! }));
  }

  /** Checks a scanned code against this ticketing's keys only: another tenant's key is unknown here. */
  async check(scope: TenantScope, code: string): Promise<CodeCheck> {
    const parsed = parseTicketCode(code);
    if (!parsed) return { status: 'malformed' };
    const cacheKey = `${scope.ticketingId}:${parsed.kid}`;
    let key = this.verifyKeys.get(cacheKey);
    if (!key) {
      const row = await this.db.scoped(SigningKey, scope).findOne({ id: parsed.kid });
      if (!row) return { status: 'unknown_key' };
      key = toPublicKey(row.publicKeyPem);
      this.verifyKeys.set(cacheKey, key);
    }
    return verifyTicketCode(parsed, key) ? { status: 'genuine', ticketId: parsed.ticketId } : { status: 'forged' };
  }
}
