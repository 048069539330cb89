import { Body, Controller, Get, Header, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Public, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { RegistrationFormRequest, RegistrationFormResponse } from './dto/registration-form.dto';
import { RegistrationProblems } from './registration.errors';
import { RegistrationService } from './registration.service';

/** SHOP-3: the organizer sets what the shop asks each buyer. */
@ApiTags('shop settings')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/registration-form')
export class RegistrationFormController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getRegistrationForm', summary: 'What the shop asks each buyer: the standard fields’ modes and the custom fields' })
  @ApiOkResponse({ type: RegistrationFormResponse })
  getRegistrationForm(@Scope() scope: TenantScope, @Param('ticketingId', UuidPipe) _t: string): Promise<RegistrationFormResponse> {
    return this.registration.getForm(scope);
  }

  @Put()
  @Roles('admin', 'manager')
  @ApiOperation({
    operationId: 'setRegistrationForm',
    summary: 'Replace the registration form: each standard field required, optional or hidden (the email stays required), and the custom fields in order',
  })
  @ApiOkResponse({ type: RegistrationFormResponse })
  @ApiProblems(RegistrationProblems.REGISTRATION_EMAIL_REQUIRED, RegistrationProblems.REGISTRATION_FORM_INVALID)
  async setRegistrationForm(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Body() body: RegistrationFormRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationFormResponse> {
    return this.registration.setForm(scope, body, await this.tenancy.actorOf(principal.id));
  }
}

/** A file a buyer uploaded with their order, for the organizer's team only. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/orders/:orderId/registration-files')
export class RegistrationFilesController {
  constructor(private readonly registration: RegistrationService) {}

  @Get(':uploadId')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ operationId: 'downloadOrderRegistrationFile', summary: 'A file the buyer uploaded for a file field of the registration form' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as uploaded', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(RegistrationProblems.UPLOAD_NOT_FOUND)
  async downloadOrderRegistrationFile(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('orderId', UuidPipe) orderId: string,
    @Param('uploadId', UuidPipe) uploadId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.registration.orderFile(scope, orderId, uploadId);
    // Always an attachment, never rendered inline: what a buyer uploaded must not run in the backoffice's origin.
    await reply
      .header('content-type', file.contentType)
      .header('x-content-type-options', 'nosniff')
      .header(
        'content-disposition',
        `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .send(file.data);
  }
}

/** The shop reads the form to render it. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/registration-form')
export class ShopRegistrationFormController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly tenancy: TenancyService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getShopRegistrationForm', summary: 'What checkout asks the buyer: the standard fields’ modes and the custom fields' })
  @ApiOkResponse({ type: RegistrationFormResponse })
  @ApiProblems(TenancyProblems.SHOP_NOT_FOUND)
  async getShopRegistrationForm(@Param('slug') slug: string): Promise<RegistrationFormResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    return this.registration.getForm(scope);
  }
}
