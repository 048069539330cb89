import type { components } from '@guichet/api-client';
import { seriousViolations } from '../support/axe';
import { chf, SLUG, uniqueName, useOrganizer } from '../support/organizer';
import { shot, text } from '../support/pages';

type EventResponse = components['schemas']['EventResponse'];

/** A camt.053.001.08 statement of one credit paying `amount` (major units: `90.00`) with a QR reference, as the bank writes it. */
function camt053(amount: string, qrr: string, bankReference: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${bankReference}</MsgId><CreDtTm>2027-01-15T20:00:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-${bankReference}</Id>
      <CreDtTm>2027-01-15T20:00:00</CreDtTm>
      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>
      <Ntry>
        <Amt Ccy="CHF">${amount}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2027-01-15</Dt></BookgDt>
        <ValDt><Dt>2027-01-15</Dt></ValDt>
        <AcctSvcrRef>ENTRY-${bankReference}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><AcctSvcrRef>${bankReference}</AcctSvcrRef></Refs>
            <Amt Ccy="CHF">${amount}</Amt>
            <CdtDbtInd>CRDT</CdtDbtInd>
            <RltdPties><Dbtr><Pty><Nm>Chimène Banque</Nm></Pty></Dbtr></RltdPties>
            <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${qrr}</Ref></CdtrRefInf></Strd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/**
 * PAY-5 in a real browser: the bank's camt.053 uploaded on « Rapprochement bancaire », its credit found
 * by the invoice's QR reference and ticked in advance, validated: the order is paid and its tickets
 * are emailed. A malformed file is refused with the element and the line at fault.
 */
describe('the bank reconciliation screen', () => {
  const e2e = useOrganizer();
  const email = `virement.${Date.now().toString(36)}@example.ch`;
  let event: EventResponse;
  let order: { id: string; number: string; qrReference: string | null };

  beforeAll(async () => {
    const settings = await e2e.admin.PUT('/api/v1/ticketings/{ticketingId}/invoice-settings', {
      params: { path: { ticketingId: e2e.ticketingId } },
      body: {
        creditorName: 'Théâtre du Jorat',
        street: 'Route du Théâtre',
        buildingNumber: '2',
        zip: '1083',
        city: 'Mézières',
        country: 'CH',
        qrIban: 'CH4431999123000889012',
      },
    });
    if (settings.error) throw new Error(JSON.stringify(settings.error));
    event = await e2e.createEvent({
      name: uniqueName('Le Cid'),
      dates: [{ startsAt: '2027-05-20T20:00:00+02:00' }],
      zones: [{ name: 'Parterre', capacity: 50 }],
      prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [chf(4500)] }],
    });
    const shop = e2e.stack.client();
    const cart = await shop.POST('/api/v1/shop/{slug}/carts', {
      params: { path: { slug: SLUG } },
      body: { items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 2 }] },
    });
    if (cart.error) throw new Error(JSON.stringify(cart.error));
    const placed = await shop.POST('/api/v1/shop/{slug}/carts/{cartId}/checkout', {
      params: { path: { slug: SLUG, cartId: cart.data.id } },
      body: { customer: { firstName: 'Chimène', lastName: 'Banque', email }, paymentMethod: 'invoice' },
    });
    if (placed.error) throw new Error(JSON.stringify(placed.error));
    const read = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: placed.data.orderId } },
    });
    order = read.data!;
  });

  it('imports the statement, ticks the payment found by its QR reference, validates it: the order is paid and its tickets sent', async () => {
    expect(order.qrReference).toMatch(/^\d{27}$/);
    const page = await e2e.organizerPage({ path: 'bank-reconciliation' });
    await page.getByTestId('bank-file').waitFor();
    await page.getByTestId('bank-file').setInputFiles({
      name: 'camt053_20270115.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(camt053('90.00', order.qrReference!, `E2E-${Date.now()}`)),
    });
    await page.getByTestId('bank-import').click();
    await page.getByTestId('bank-done').waitFor();

    const row = page.getByTestId('bank-entries').locator('tr', { hasText: order.number });
    await row.waitFor();
    expect(await row.getByTestId('bank-entry-select').isChecked()).toBe(true);
    expect(await text(row.getByTestId('bank-entry-fit'))).toBe('exact');
    expect(await row.getByTestId('bank-entry-order').getAttribute('href')).toContain(`/orders/${order.id}`);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'bank-reconciliation-matched');

    await page.getByTestId('bank-validate').click();
    const result = page.getByTestId('bank-result');
    await result.waitFor();
    expect(await text(result)).toContain(`Commande ${order.number} : payée`);
    await shot(page, 'bank-reconciliation-validated');

    await page.getByTestId('bank-tab-booked').click();
    await page.getByTestId('bank-entries').locator('tr', { hasText: order.number }).waitFor();
    await shot(page, 'bank-reconciliation-booked');

    const paid = await e2e.admin.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}', {
      params: { path: { ticketingId: e2e.ticketingId, orderId: order.id } },
    });
    expect(paid.data!.status).toBe('paid');
    const mail = await e2e.stack.mailbox.waitFor(
      (m) => JSON.stringify(m.to ?? '').includes(email) && (m.subject ?? '').includes(`votre commande ${order.number}`),
      60000,
    );
    expect(mail.text ?? '').toContain('Vos billets');
    await page.close();
  });

  it('refuses a malformed file naming the element and the line at fault', async () => {
    const good = camt053('12.00', order.qrReference!, `E2E-BAD-${Date.now()}`);
    // The entry's credit indicator closed under another name.
    const broken = good.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</CdtDbInd>');
    const line = broken.split('\n').findIndex((l) => l.includes('</CdtDbInd>')) + 1;
    const page = await e2e.organizerPage({ path: 'bank-reconciliation' });
    await page.getByTestId('bank-file').waitFor();
    await page.getByTestId('bank-file').setInputFiles({ name: 'casse.xml', mimeType: 'application/xml', buffer: Buffer.from(broken) });
    await page.getByTestId('bank-import').click();
    const where = page.getByTestId('bank-problem-where');
    await where.waitFor();
    expect(await text(where)).toMatch(new RegExp(`^Élément en cause : Document/BkToCstmrStmt/Stmt\\[1\\]/Ntry\\[1\\]\\S*, ligne ${line}$`));
    expect(await text(page.getByTestId('bank-problem'))).toContain('camt.053');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'bank-reconciliation-bad-file');
    await page.close();
  });
});
