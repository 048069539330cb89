import { Controller, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../platform/auth/access.decorators';
import { ApiProblems } from '../platform/http/api-problems';
import { UuidPipe } from '../platform/http/validation';
import { TenancyProblems } from '../platform/tenancy/tenancy.errors';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { RegistrationProblems, RegistrationService, RegistrationUploadResponse } from '../modules/registration';
import { CART_STATE_PROBLEMS, SalesService } from '../modules/sales';

/** SHOP-3: a buyer's file for a file field of the registration form, uploaded to their open cart before checkout. */
@ApiTags('shop')
@Public()
@Controller('shop/:slug/carts/:cartId/uploads')
export class RegistrationUploadsController {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly sales: SalesService,
    private readonly registration: RegistrationService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'uploadRegistrationFile',
    summary:
      'Upload a file for a file field of the registration form (multipart/form-data, field `file`), checked by content and size; give the returned id as the field’s answer at checkout',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiQuery({ name: 'field', description: 'The key of the file field it answers', example: 'certificate' })
  @ApiCreatedResponse({ type: RegistrationUploadResponse })
  @ApiProblems(
    TenancyProblems.SHOP_NOT_FOUND,
    ...CART_STATE_PROBLEMS,
    RegistrationProblems.UPLOAD_FIELD_UNKNOWN,
    RegistrationProblems.UPLOAD_TYPE_NOT_ALLOWED,
    RegistrationProblems.UPLOAD_TOO_LARGE,
  )
  async uploadRegistrationFile(
    @Param('slug') slug: string,
    @Param('cartId', UuidPipe) cartId: string,
    @Query('field') field: string,
    @Req() request: FastifyRequest,
  ): Promise<RegistrationUploadResponse> {
    const { scope } = await this.tenancy.shopBySlug(slug);
    // Only a cart still open takes files: one that expired or was checked out is answered as such.
    await this.sales.requireOpenCart(scope, cartId);
    return this.registration.uploadFile(scope, cartId, typeof field === 'string' ? field : '', request);
  }
}
