import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsString, MaxLength, ValidateNested } from 'class-validator';

export const HEAD_SNIPPET_MAX = 16384;
const SOURCES_MAX = 30;

const sources = (directive: string, example: string[]) =>
  ApiProperty({
    type: [String],
    maxItems: SOURCES_MAX,
    example,
    description: `Added to ${directive}: host-sources (https://www.googletagmanager.com, *.facebook.net, https://cdn.example.ch:8443/js/) or schemes (https:); no keywords, no *`,
  });

/** What the organizer adds to the shop's Content-Security-Policy for its trackers (seed 003). */
export class CspSourcesDto {
  @sources('script-src', ['https://www.googletagmanager.com', 'https://connect.facebook.net'])
  @IsArray()
  @ArrayMaxSize(SOURCES_MAX)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  scriptSrc: string[];

  @sources('img-src', ['https://www.google-analytics.com', 'https://www.facebook.com'])
  @IsArray()
  @ArrayMaxSize(SOURCES_MAX)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  imgSrc: string[];

  @sources('connect-src', ['https://www.google-analytics.com', 'https://www.facebook.com'])
  @IsArray()
  @ArrayMaxSize(SOURCES_MAX)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  connectSrc: string[];
}

export class ShopTrackingResponse {
  @ApiProperty({ description: 'HTML put at the end of every shop page’s <head> (Google Tag Manager, Meta pixel…); empty for none' })
  headSnippet: string;
  @ApiProperty({ type: CspSourcesDto }) csp: CspSourcesDto;
}

/** Replaces the snippet and the three lists. */
export class UpdateShopTrackingRequest {
  @ApiProperty({
    maxLength: HEAD_SNIPPET_MAX,
    description:
      'HTML for the shop’s <head>. Inline <script>s get the response’s nonce; scripts it loads (src, or inserted by it) must be allowed by csp.scriptSrc; inline event handlers (onload=…) are blocked',
  })
  @IsString()
  @MaxLength(HEAD_SNIPPET_MAX)
  headSnippet: string;

  @ApiProperty({ type: CspSourcesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CspSourcesDto)
  csp: CspSourcesDto;
}

/** What the shop's document server puts into a shop page (ADR 0030). */
export class ShopDocumentHeadResponse {
  @ApiProperty({ description: 'HTML to put at the end of <head>: the organizer’s snippet, its inline scripts carrying the nonce' }) headHtml: string;
  @ApiProperty({ description: 'A fresh random nonce, for this one response' }) nonce: string;
  @ApiProperty({ description: 'The Content-Security-Policy header value to send with the page' }) contentSecurityPolicy: string;
}
