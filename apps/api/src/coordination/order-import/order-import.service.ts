import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Currency } from '../../platform/http/money.dto';
import { DomainError } from '../../platform/http/problem';
import { UploadedFile } from '../../platform/http/upload';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService, EventResponse } from '../../modules/catalog';
import { OrderImport, OrderImportFailure, OrderReferenceTakenError, OrdersService } from '../../modules/orders';
import { CartHolds } from '../cart-holds.service';
import { Checkout } from '../checkout.service';
import { OrderImportReportResponse, OrderImportResponse } from '../dto/order-import.dto';
import { ImportLine, readImportFile } from './order-import-file';
import { ImportPlan, PlannedOrder, planImport } from './order-import-plan';
import { ImportFileError, OrderImportNotFoundError, OrderImportProblems } from './order-import.errors';

/** How often the worker writes its progress (the backoffice polls it for the progress bar); elapsed time, not the business Clock. */
const PROGRESS_EVERY_MS = 300;

/**
 * ORD-13: orders from a CSV file. A dry run reads the file and resolves every line against the
 * catalog, writing nothing; an accepted file is recorded with a job, and the worker places its
 * orders one by one — each a cart held and checked out through the import channel, in the same
 * writes as a shop sale, with the line's reference on the order so that a second import of the file
 * (or a retry of the job) places nothing twice.
 */
@Injectable()
export class OrderImporter {
  private readonly logger = new Logger('OrderImporter');

  constructor(
    private readonly clock: Clock,
    private readonly tenancy: TenancyService,
    private readonly catalog: CatalogService,
    private readonly orders: OrdersService,
    private readonly holds: CartHolds,
    private readonly checkout: Checkout,
  ) {}

  async dryRun(scope: TenantScope, file: UploadedFile): Promise<OrderImportReportResponse> {
    const { read, plan, alreadyImported, errors } = await this.check(scope, file);
    return {
      fileName: file.fileName,
      lines: read.count,
      orders: plan.orders.length,
      tickets: plan.orders.reduce((n, o) => n + o.items.reduce((m, i) => m + i.quantity, 0), 0),
      alreadyImported,
      errors,
      ready: errors.length === 0,
    };
  }

  /** Accepts a file without errors: records it and queues its import (202). A file with errors is refused whole. */
  async accept(scope: TenantScope, file: UploadedFile, notify: boolean, actor: Actor): Promise<OrderImportResponse> {
    const { read, errors } = await this.check(scope, file);
    if (errors.length) {
      throw new ImportFileError(
        OrderImportProblems.ORDER_IMPORT_FILE_HAS_ERRORS,
        `${new Set(errors.map((e) => e.line)).size} lines have errors: nothing was imported (run a dry run to see them)`,
        [{ field: 'file', message: 'some lines have errors' }],
        { lines: errors },
      );
    }
    const id = randomUUID();
    await this.orders.queueOrderImport(scope, {
      id,
      fileName: file.fileName.slice(0, 200) || 'import.csv',
      content: file.data.toString('utf8'),
      notify,
      // Every reference of the file: those imported before are counted as skipped when the job runs.
      total: groupByReference(read.lines).orders.length,
      actorKind: actor.kind,
      actorId: actor.id,
      actorLabel: actor.label,
      createdAt: this.clock.now(),
    });
    return this.get(scope, id);
  }

  async get(scope: TenantScope, importId: string): Promise<OrderImportResponse> {
    const found = await this.orders.orderImport(scope, importId);
    if (!found) throw new OrderImportNotFoundError();
    return view(found);
  }

  async latest(scope: TenantScope): Promise<OrderImportResponse[]> {
    return (await this.orders.latestOrderImports(scope, 20)).map(view);
  }

  /**
   * The job: places the file's orders in the file's order, from where the counts say it stopped (a
   * retry after a crash goes on; an order placed just before the crash is found by its reference and
   * counted as skipped). A refused sale (sold out meanwhile…) fails that order only.
   */
  async run(scope: TenantScope, importId: string): Promise<void> {
    const record = await this.orders.orderImport(scope, importId);
    if (!record || record.status === 'done') return;
    await this.orders.startOrderImport(scope, importId);
    const file = readImportFile(Buffer.from(record.content, 'utf8'));
    const currency = (await this.tenancy.ticketing(scope)).defaultCurrency;
    const counts = { created: record.created, skipped: record.skipped, failed: record.failed, failures: [...record.failures] };
    const { orders: all, byReference } = groupByReference(file.lines);
    const actor: Actor = { kind: record.actorKind, id: record.actorId, label: record.actorLabel };
    const pending = all.slice(counts.created + counts.skipped + counts.failed);
    // Read once for the whole run, not per order: the file's events, and the references already imported.
    // A sale still checks the event is on sale and its places in its own write.
    const [events, imported] = await Promise.all([
      this.catalog.eventsNamed(
        scope,
        file.lines.map((l) => l.event),
      ),
      this.orders.importedReferences(scope, pending),
    ]);
    let lastWrite = performance.now();
    for (const reference of pending) {
      const lines = byReference.get(reference)!;
      const outcome = imported.has(reference) ? 'skipped' : await this.placeOne(scope, lines, events, currency, record.notify, actor);
      if (outcome === 'created') counts.created++;
      else if (outcome === 'skipped') counts.skipped++;
      else {
        counts.failed++;
        if (counts.failures.length < 1000) counts.failures.push(...outcome.slice(0, 1000 - counts.failures.length));
      }
      if (performance.now() - lastWrite >= PROGRESS_EVERY_MS) {
        await this.orders.recordOrderImportProgress(scope, importId, counts);
        lastWrite = performance.now();
      }
    }
    await this.orders.recordOrderImportProgress(scope, importId, counts);
    await this.orders.finishOrderImport(scope, importId);
    this.logger.log({ importId, ...counts, failures: counts.failures.length }, 'order import done');
  }

  private async placeOne(
    scope: TenantScope,
    lines: ImportLine[],
    events: EventResponse[],
    currency: string,
    notify: boolean,
    actor: Actor,
  ): Promise<'created' | 'skipped' | OrderImportFailure[]> {
    const reference = lines[0].reference;
    const plan = planImport(lines, events, { currency, now: this.clock.now(), imported: new Set(), checkPlaces: false });
    if (plan.errors.length) return plan.errors.map((e) => ({ line: e.line, reference, code: e.code, message: e.message }));
    const order = plan.orders[0];
    try {
      await this.place(scope, order, currency, notify, actor);
      return 'created';
    } catch (error) {
      if (error instanceof OrderReferenceTakenError) return 'skipped';
      if (error instanceof DomainError) return [{ line: order.line, reference, code: error.code, message: error.message }];
      throw error;
    }
  }

  /** One order: its places held (best seats in seated zones), then checked out through the import channel. */
  private async place(scope: TenantScope, order: PlannedOrder, currency: string, notify: boolean, actor: Actor): Promise<void> {
    const cart = await this.holds.open(
      scope,
      { currency: currency as Currency, items: order.items.map(({ line: _line, ...item }) => item) },
      currency,
      'import',
    );
    try {
      await this.checkout.placeSale(
        scope,
        cart.id,
        { customer: order.customer, paymentMethod: cart.total.amount === 0 ? 'free' : 'on_site' },
        { channel: 'import', actor, externalReference: order.reference, notify, paidWith: order.paidWith ?? undefined },
      );
    } catch (error) {
      // The places go back at once rather than when the hold expires.
      await this.holds.release(scope, cart.id).catch(() => undefined);
      throw error;
    }
  }

  /** Reads the file and resolves it: every problem, with its line and column. Writes nothing. */
  private async check(scope: TenantScope, file: UploadedFile) {
    const read = readImportFile(file.data);
    const currency = (await this.tenancy.ticketing(scope)).defaultCurrency;
    const [events, imported] = await Promise.all([
      this.catalog.eventsNamed(
        scope,
        read.lines.map((l) => l.event),
      ),
      this.orders.importedReferences(scope, [...new Set(read.lines.map((l) => l.reference))]),
    ]);
    const plan: ImportPlan & { alreadyImported: number } = planImport(read.lines, events, { currency, now: this.clock.now(), imported, checkPlaces: true });
    const errors = [...read.errors, ...plan.errors].sort((a, b) => a.line - b.line);
    return { read, plan, alreadyImported: plan.alreadyImported, errors };
  }
}

/** The file's references in the order they first appear, and the lines of each. */
function groupByReference(lines: ImportLine[]): { orders: string[]; byReference: Map<string, ImportLine[]> } {
  const byReference = new Map<string, ImportLine[]>();
  for (const l of lines) byReference.set(l.reference, [...(byReference.get(l.reference) ?? []), l]);
  return { orders: [...byReference.keys()], byReference };
}

function view(i: Omit<OrderImport, 'content'>): OrderImportResponse {
  return {
    id: i.id,
    fileName: i.fileName,
    status: i.status,
    notify: i.notify,
    total: i.total,
    created: i.created,
    skipped: i.skipped,
    failed: i.failed,
    failures: i.failures,
    importedBy: i.actorLabel,
    createdAt: i.createdAt.toISOString(),
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}
