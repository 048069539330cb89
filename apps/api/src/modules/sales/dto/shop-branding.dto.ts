import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

/** The shop's branding, as the organizer sets it; the logo is uploaded on its own (uploadShopLogo). Omitted or null: none. */
export class UpdateShopBrandingRequest {
  @ApiPropertyOptional({ nullable: true, type: 'string', example: '#7a1f3d', description: 'Main colour, #rrggbb' })
  @IsOptional()
  @IsString()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb' })
  mainColor?: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'string', format: 'email', maxLength: 254, example: 'billetterie@remparts.ch' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'string', maxLength: 40, example: '+41 21 905 00 00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^\+?[0-9 ().\-/]{3,40}$/, { message: 'must be a phone number (digits, spaces, + ( ) . - /)' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'string', maxLength: 300, example: 'Rue du Château 3, 1510 Moudon' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contactAddress?: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'string', format: 'uri', maxLength: 500, example: 'https://remparts.ch/conditions' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' })
  termsUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: 'string', format: 'uri', maxLength: 500, example: 'https://remparts.ch/confidentialite' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) URL' })
  privacyUrl?: string | null;
}

export class ShopLogoResponse {
  @ApiProperty({ example: '3f2a9c0d5b7e1a44', description: 'Changes with the logo' }) version: string;
  @ApiProperty({ example: '/api/v1/shop/remparts/logo?v=3f2a9c0d5b7e1a44', description: 'Public, cacheable (PNG, fitted inside 600×200)' }) url: string;
}

export class ShopContactResponse {
  @ApiProperty({ nullable: true, type: 'string', format: 'email' }) email: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) phone: string | null;
  @ApiProperty({ nullable: true, type: 'string' }) address: string | null;
}

export class ShopBrandingResponse {
  @ApiProperty({ type: ShopLogoResponse, nullable: true }) logo: ShopLogoResponse | null;
  @ApiProperty({ nullable: true, type: 'string', example: '#7a1f3d' }) mainColor: string | null;
  @ApiProperty({ type: ShopContactResponse }) contact: ShopContactResponse;
  @ApiProperty({ nullable: true, type: 'string', format: 'uri' }) termsUrl: string | null;
  @ApiProperty({ nullable: true, type: 'string', format: 'uri' }) privacyUrl: string | null;
}
