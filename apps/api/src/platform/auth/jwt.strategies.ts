import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import type { Principal } from './access.decorators';

interface TokenClaims {
  sub: string;
  typ: 'user' | 'device';
  tid?: string;
}

/** Organizer users: `Authorization: Bearer <jwt>` issued by login. */
@Injectable()
export class UserJwtStrategy extends PassportStrategy(Strategy, 'user-jwt') {
  constructor(config: AppConfig) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.JWT_SECRET, ignoreExpiration: false });
  }
  validate(claims: TokenClaims): Principal | false {
    return claims.typ === 'user' ? { kind: 'user', id: claims.sub } : false;
  }
}

/** Scanning devices: a long-lived token bound to one ticketing. */
@Injectable()
export class DeviceJwtStrategy extends PassportStrategy(Strategy, 'device-jwt') {
  constructor(config: AppConfig) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.JWT_SECRET, ignoreExpiration: false });
  }
  validate(claims: TokenClaims): Principal | false {
    return claims.typ === 'device' && claims.tid ? { kind: 'device', id: claims.sub, ticketingId: claims.tid } : false;
  }
}
