import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '../http/problem';
import { TenancyService } from '../tenancy/tenancy.service';
import { LoginResponse, MeResponse } from './auth.dto';

/** A logged-in user: their bearer token and what the backoffice needs to know about them. */
@Injectable()
export class Sessions {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly jwt: JwtService,
  ) {}

  /** Logs the user in: after a password check, or once they chose their password from an invitation. */
  async open(userId: string): Promise<LoginResponse> {
    const accessToken = await this.jwt.signAsync({ sub: userId, typ: 'user' });
    return { accessToken, user: await this.me(userId) };
  }

  async me(userId: string): Promise<MeResponse> {
    const user = await this.tenancy.findUser(userId);
    if (!user) throw new UnauthenticatedError();
    const [organizer, ticketings] = await Promise.all([this.tenancy.findOrganizer(user.organizerId), this.tenancy.ticketingsOf(user.id)]);
    return { id: user.id, email: user.email, name: user.name, organizerName: organizer?.name ?? '', ticketings };
  }
}
