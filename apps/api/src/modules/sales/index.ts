export { SalesModule } from './sales.module';
export { SalesService } from './sales.service';
export { DeadlinesProcessor, EXPIRE_CARTS_JOB } from './cart-expiry.processor';
