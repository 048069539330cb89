export { CUSTOMER_ACCOUNTS_ENTITIES, CustomerAccountsModule } from './customer-accounts.module';
export { CustomerAccountsService } from './customer-accounts.service';
export type { CustomerPrincipal } from './customer-accounts.service';
export { BearerToken } from './customer-session.guard';
export { CustomerAccountsProblems } from './customer-accounts.errors';
export { accountLinkToken } from './account-link-token';
