import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy, StrategyOptionsWithoutRequest } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import type { Principal } from './access.decorators';

/**
 * The verification options of both strategies. The secret is handed over as a KeyObject: given a
 * string, jsonwebtoken 9 first tries `createPublicKey` on it — an exception thrown and caught on every
 * request, about a tenth of the API's CPU under a door's scan load (bench/scan) — before falling back
 * to a secret key.
 */
function verification(config: AppConfig): StrategyOptionsWithoutRequest {
  // passport-jwt's types say string | Buffer; it hands the key to jsonwebtoken untouched, which takes a KeyObject.
  const secretOrKey = createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer;
  return { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey, algorithms: ['HS256'], ignoreExpiration: false };
}

interface TokenClaims {
  sub: string;
  typ: 'user' | 'device';
  tid?: string;
}

/** Organizer users: `Authorization: Bearer <jwt>` issued by login. */
@Injectable()
export class UserJwtStrategy extends PassportStrategy(Strategy, 'user-jwt') {
  constructor(config: AppConfig) {
    super(verification(config));
  }
  validate(claims: TokenClaims): Principal | false {
    return claims.typ === 'user' ? { kind: 'user', id: claims.sub } : false;
  }
}

/** Scanning devices: a long-lived token bound to one ticketing. */
@Injectable()
export class DeviceJwtStrategy extends PassportStrategy(Strategy, 'device-jwt') {
  constructor(config: AppConfig) {
    super(verification(config));
  }
  validate(claims: TokenClaims): Principal | false {
    return claims.typ === 'device' && claims.tid ? { kind: 'device', id: claims.sub, ticketingId: claims.tid } : false;
  }
}
