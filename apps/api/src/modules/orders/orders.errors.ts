import { NotFoundError } from '../../platform/http/problem';

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('Order', 'ORDER_NOT_FOUND');
  }
}
