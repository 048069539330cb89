import { CATALOG_ENTITIES } from './modules/catalog';
import { CONTROL_ENTITIES } from './modules/control';
import { CUSTOMER_ACCOUNTS_ENTITIES } from './modules/customer-accounts';
import { ORDERS_ENTITIES } from './modules/orders';
import { PAYMENTS_RECONCILIATION_ENTITIES } from './modules/payments-reconciliation';
import { REGISTRATION_ENTITIES } from './modules/registration';
import { SALES_ENTITIES } from './modules/sales';
import { dataSourceOptions } from './platform/database/data-source-options';
import { PLATFORM_ENTITIES } from './platform/platform.module';

/**
 * Every entity, for what runs outside Nest (migrations, the migration drift check). The composition
 * root is the one place that lists across modules; inside Nest each module brings its own.
 */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...CATALOG_ENTITIES,
  ...SALES_ENTITIES,
  ...ORDERS_ENTITIES,
  ...PAYMENTS_RECONCILIATION_ENTITIES,
  ...CONTROL_ENTITIES,
  ...CUSTOMER_ACCOUNTS_ENTITIES,
  ...REGISTRATION_ENTITIES,
];

/** The data source of the CLI and the scripts: the platform's options with every entity. */
export const cliDataSourceOptions = (url: string, poolSize: number) => dataSourceOptions(url, poolSize, ENTITIES);
