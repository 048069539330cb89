import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersModule } from '../orders';
import { CustomerAccountsController } from './customer-accounts.controller';
import { CustomerAccountsJobs } from './customer-accounts.jobs';
import { CustomerAccountsRepository } from './customer-accounts.repository';
import { CustomerAccountsService } from './customer-accounts.service';
import { CustomerSessionGuard } from './customer-session.guard';
import { CustomerAccountLink } from './entities/customer-account-link.entity';
import { CustomerAccount } from './entities/customer-account.entity';
import { CustomerSession } from './entities/customer-session.entity';

export const CUSTOMER_ACCOUNTS_ENTITIES = [CustomerAccount, CustomerSession, CustomerAccountLink];

@Module({
  imports: [TypeOrmModule.forFeature(CUSTOMER_ACCOUNTS_ENTITIES), OrdersModule],
  controllers: [CustomerAccountsController],
  providers: [CustomerAccountsService, CustomerAccountsRepository, CustomerAccountsJobs, CustomerSessionGuard],
  exports: [CustomerAccountsService],
})
export class CustomerAccountsModule {}
