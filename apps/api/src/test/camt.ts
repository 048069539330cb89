/** A movement to write into a camt file for a test, in the published ISO 20022 shape. */
export interface TestMovement {
  /** Major units as the bank writes them: `120.00`. */
  amount: string;
  debit?: boolean;
  qrr?: string;
  scor?: string;
  debtor?: string;
  bankReference: string;
  bookingDate?: string;
}

/**
 * A camt.053 (statement) or camt.054 (notification) of one account, version .04 or .08 (`Dbtr/Nm`
 * or `Dbtr/Pty/Nm`, `Sts` or `Sts/Cd`): each item is an entry, an array of items a batch entry.
 */
export function camtXml(message: 'camt.053' | 'camt.054', version: '04' | '08', items: (TestMovement | TestMovement[])[]): string {
  const [root, report] = message === 'camt.053' ? ['BkToCstmrStmt', 'Stmt'] : ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'];
  const name = (n: string) => (version === '08' ? `<Pty><Nm>${n}</Nm></Pty>` : `<Nm>${n}</Nm>`);
  const sts = version === '08' ? '<Sts><Cd>BOOK</Cd></Sts>' : '<Sts>BOOK</Sts>';
  const ref = (m: TestMovement) =>
    m.qrr
      ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>QRR</Prtry></CdOrPrtry></Tp><Ref>${m.qrr}</Ref></CdtrRefInf></Strd></RmtInf>`
      : m.scor
        ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${m.scor}</Ref></CdtrRefInf></Strd></RmtInf>`
        : '<RmtInf><Ustrd>Billets</Ustrd></RmtInf>';
  const tx = (m: TestMovement) => `
          <TxDtls>
            <Refs><AcctSvcrRef>${m.bankReference}</AcctSvcrRef></Refs>
            <Amt Ccy="CHF">${m.amount}</Amt>
            <CdtDbtInd>${m.debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>
            ${m.debtor ? `<RltdPties><Dbtr>${name(m.debtor)}</Dbtr></RltdPties>` : ''}
            ${ref(m)}
          </TxDtls>`;
  const entry = (item: TestMovement | TestMovement[]) => {
    const txs = Array.isArray(item) ? item : [item];
    const total = txs.reduce((n, m) => n + Number(m.amount), 0).toFixed(2);
    return `
      <Ntry>
        <Amt Ccy="CHF">${total}</Amt>
        <CdtDbtInd>${txs[0].debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        ${sts}
        <BookgDt><Dt>${txs[0].bookingDate ?? '2027-01-15'}</Dt></BookgDt>
        <ValDt><Dt>${txs[0].bookingDate ?? '2027-01-15'}</Dt></ValDt>
        <AcctSvcrRef>ENTRY-${txs[0].bankReference}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>VCOM</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>${Array.isArray(item) ? `<Btch><NbOfTxs>${txs.length}</NbOfTxs></Btch>` : ''}${txs.map(tx).join('')}
        </NtryDtls>
      </Ntry>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${message}.001.${version}">
  <${root}>
    <GrpHdr><MsgId>MSG-${message}-${version}</MsgId><CreDtTm>2027-01-15T20:00:00</CreDtTm></GrpHdr>
    <${report}>
      <Id>${report}-1</Id>
      <CreDtTm>2027-01-15T20:00:00</CreDtTm>
      <Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>${items.map(entry).join('')}
    </${report}>
  </${root}>
</Document>
`;
}
