import { Body, Controller, Delete, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentRole, Principal, Roles, Scope } from '../../platform/auth/access.decorators';
import { ApiProblems } from '../../platform/http/api-problems';
import { UuidPipe } from '../../platform/http/validation';
import type { Role } from '../../platform/tenancy/entities/membership.entity';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { EditCommentRequest, OrderCommentResponse } from './dto/customer.dto';
import { CustomersService } from './customers.service';
import { OrdersProblems } from './orders.errors';

/** ORD-10: a comment, on a purchase or on a buyer, by its own id. The roles that comment; its author or an admin. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller('ticketings/:ticketingId/comments/:commentId')
export class OrderCommentsController {
  constructor(
    private readonly customers: CustomersService,
    private readonly tenancy: TenancyService,
  ) {}

  @Patch()
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'editComment',
    summary: 'Rewrite a comment (its author, or an admin): logged with the text before and after on each order it shows on',
  })
  @ApiOkResponse({ type: OrderCommentResponse })
  @ApiProblems(OrdersProblems.COMMENT_NOT_FOUND, OrdersProblems.COMMENT_NOT_YOURS)
  async editComment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('commentId', UuidPipe) commentId: string,
    @Body() body: EditCommentRequest,
    @CurrentPrincipal() principal: Principal,
    @CurrentRole() role: Role,
  ): Promise<OrderCommentResponse> {
    return this.customers.editComment(scope, commentId, body.body, { actor: await this.tenancy.actorOf(principal.id), role });
  }

  @Delete()
  @HttpCode(204)
  @Roles('admin', 'manager', 'ticket_office')
  @ApiOperation({
    operationId: 'deleteComment',
    summary: 'Delete a comment (its author, or an admin): its text stays in the history of each order it showed on',
  })
  @ApiNoContentResponse()
  @ApiProblems(OrdersProblems.COMMENT_NOT_FOUND, OrdersProblems.COMMENT_NOT_YOURS)
  async deleteComment(
    @Scope() scope: TenantScope,
    @Param('ticketingId', UuidPipe) _t: string,
    @Param('commentId', UuidPipe) commentId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRole() role: Role,
  ): Promise<void> {
    await this.customers.deleteComment(scope, commentId, { actor: await this.tenancy.actorOf(principal.id), role });
  }
}
