import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '../tenancy/entities/membership.entity';

export class LoginRequest {
  @ApiProperty({ format: 'email', example: 'admin@remparts.demo' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class PasswordResetRequest {
  @ApiProperty({ format: 'email', example: 'admin@remparts.demo', description: 'The login’s email: a link goes to it if it is a user’s' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ChooseNewPasswordRequest {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'The token of the emailed link (`?token=`)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 72, example: 'un-long-mot-de-passe', description: 'The password to log in with from now on' })
  @IsString()
  @MinLength(10)
  @MaxLength(72)
  password: string;
}

export class TicketingAccessResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() defaultCurrency: string;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty() organizerName: string;
  @ApiProperty({ type: [TicketingAccessResponse] }) ticketings: TicketingAccessResponse[];
}

export class LoginResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ type: MeResponse }) user: MeResponse;
}
