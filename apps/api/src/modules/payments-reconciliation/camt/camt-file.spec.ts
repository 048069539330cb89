import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CamtEntry, CamtFileError, CamtReader, checkCamtFile, readCamtFile } from './camt-file';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));

function refusal(xml: string | Buffer): CamtFileError {
  try {
    readCamtFile(xml);
  } catch (error) {
    if (error instanceof CamtFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
}

describe('readCamtFile', () => {
  describe.each(['04', '08'])('camt.053.001.%s (statements)', (v) => {
    const file = readCamtFile(fixture(`camt.053.001.${v}.xml`));

    it('reads every statement, one bank entry per entry or per transaction of a batch entry', () => {
      expect(file).toMatchObject({ message: 'camt.053', version: `001.${v}`, messageId: '20261201375204000006', reports: 2 });
      expect(file.entries.map((e) => [e.account, e.amount, e.credit, e.referenceKind, e.reference, e.debtorName])).toEqual([
        ['CH4431999123000889012', 12000, true, 'QRR', '000000000000000012345678903', 'Ada Lovelace'],
        ['CH4431999123000889012', 7550, false, null, null, null],
        ['CH4431999123000889013', 10000, true, 'QRR', '000000000000000000000000420', 'Grace Hopper'],
        ['CH4431999123000889013', 15000, true, 'SCOR', 'RF15ABCD2345', 'Alan Turing'],
        ['CH4431999123000889013', 5000, true, null, null, 'Edsger Dijkstra'],
      ]);
    });

    it('keeps the dates, the status, the bank’s references and the free text', () => {
      expect(file.entries[0]).toMatchObject({
        bookingDate: '2026-12-01',
        valueDate: '2026-12-01',
        status: 'BOOK',
        currency: 'CHF',
        bankReference: '20261201001234567-1',
        endToEndId: null,
      });
      expect(file.entries[4]).toMatchObject({ message: 'Billets du 12 décembre', valueDate: '2026-12-02', bankReference: '20261201001239999-3' });
      expect(file.entries[1].line).toBeLessThan(file.entries[2].line);
    });

    it('gives each movement its own checksum', () => {
      expect(new Set(file.entries.map((e) => e.checksum)).size).toBe(5);
    });
  });

  it('gives a movement the same checksum in both versions', () => {
    const [v4, v8] = ['04', '08'].map((v) => readCamtFile(fixture(`camt.053.001.${v}.xml`)).entries.map((e) => e.checksum));
    expect(v8).toEqual(v4);
  });

  it('reads camt.054.001.04 notifications', () => {
    const file = readCamtFile(fixture('camt.054.001.04.xml'));
    expect(file).toMatchObject({ message: 'camt.054', version: '001.04', reports: 1 });
    expect(file.entries).toEqual([
      expect.objectContaining({ amount: 12000, credit: true, referenceKind: 'QRR', reference: '000000000000000012345678903', debtorName: 'Ada Lovelace' }),
    ]);
  });

  it('gives a notified movement the checksum of the statement that reports it later', () => {
    const notified = readCamtFile(fixture('camt.054.001.04.xml')).entries[0];
    expect(readCamtFile(fixture('camt.053.001.04.xml')).entries[0].checksum).toBe(notified.checksum);
  });

  it('reads camt.054.001.08 with a prefixed namespace, a booking date-time and a batch', () => {
    const file = readCamtFile(fixture('camt.054.001.08.xml'));
    expect(file).toMatchObject({ message: 'camt.054', version: '001.08', messageId: '20261202000000108' });
    expect(file.entries.map((e) => [e.amount, e.bookingDate, e.referenceKind, e.reference, e.debtorName, e.endToEndId])).toEqual([
      [20000, '2026-12-02', 'QRR', '000000000000000000000000420', 'Grace Hopper', 'E2E-4711'],
      [5000, '2026-12-02', 'SCOR', 'RF65K7M2P9QX', 'Alan Turing', null],
    ]);
  });

  describe('refuses', () => {
    const v4 = fixture('camt.053.001.04.xml').toString('utf8');

    it('XML that is not well formed, naming the element and the line', () => {
      const error = refusal(v4.replace('</Amt>\n        <CdtDbtInd>DBIT', '</Amnt>\n        <CdtDbtInd>DBIT'));
      expect(error.element).toBe('Document/BkToCstmrStmt/Stmt[1]/Ntry[2]');
      expect(error.message).toContain('unexpected close tag');
      expect(error.line).toBe(v4.split('\n').findIndex((l) => l.includes('75.50')) + 1);
    });

    it('a foreign ISO 20022 message (pain.001)', () => {
      const error = refusal('<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n<CstmrCdtTrfInitn/>\n</Document>');
      expect(error).toMatchObject({ element: 'Document', line: 2 });
      expect(error.message).toContain('pain.001.001.09');
    });

    it('XML without a namespace, and an unread version', () => {
      expect(refusal('<Document><BkToCstmrStmt/></Document>').message).toContain('without a namespace');
      expect(refusal(v4.replace(/camt\.053\.001\.04/g, 'camt.053.001.02')).message).toContain('001.02');
    });

    it('a camt.054 root in a camt.053 file', () => {
      expect(refusal(v4.replace(/BkToCstmrStmt/g, 'BkToCstmrDbtCdtNtfctn'))).toMatchObject({ element: 'Document/BkToCstmrDbtCdtNtfctn', line: 3 });
    });

    it('an amount that is not one, naming its element', () => {
      const error = refusal(v4.replace('<Amt Ccy="CHF">150.00</Amt>', '<Amt Ccy="CHF">150,00</Amt>'));
      expect(error.element).toBe('Document/BkToCstmrStmt/Stmt[2]/Ntry[1]/NtryDtls/TxDtls[2]/Amt');
      expect(error.message).toContain('150,00');
    });

    it('an entry without its credit or debit indicator', () => {
      const error = refusal(v4.replace('<CdtDbtInd>DBIT</CdtDbtInd>', ''));
      expect(error.element).toBe('Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/CdtDbtInd');
    });

    it('a file that is not UTF-8, with the line of the first wrong byte', () => {
      const latin1 = Buffer.from(v4.replace('Théâtre', 'Th\u00e9\u00e2tre'), 'latin1');
      expect(refusal(latin1)).toMatchObject({ line: v4.split('\n').findIndex((l) => l.includes('Théâtre')) + 1 });
    });

    it('a DOCTYPE (no entities are ever expanded)', () => {
      expect(refusal('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Document/>').line).toBe(2);
    });

    it('an empty file and a file with no statement', () => {
      expect(refusal('').message).toContain('empty');
      expect(refusal('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>').message).toContain(
        'no Stmt',
      );
    });
  });
});

describe('CamtReader (the file fed in chunks)', () => {
  const v4 = fixture('camt.053.001.04.xml').toString('utf8');
  const whole = readCamtFile(v4);

  /** The text fed `size` characters at a time: every chunk boundary falls somewhere in a tag, a name or a value. */
  function inChunks(text: string, size: number): { entries: CamtEntry[]; summary: ReturnType<CamtReader['close']> } {
    const entries: CamtEntry[] = [];
    const reader = new CamtReader((e) => entries.push(e));
    for (let at = 0; at < text.length; at += size) reader.write(text.slice(at, at + size));
    return { entries, summary: reader.close() };
  }

  it.each([1, 2, 7, 13, 64, 1000])('reads the same entries from chunks of %i characters (several statements, a batch entry of three)', (size) => {
    const { entries, summary } = inChunks(v4, size);
    expect(summary).toEqual({ message: 'camt.053', version: '001.04', messageId: '20261201375204000006', reports: 2, entries: 5 });
    expect(entries).toEqual(whole.entries);
  });

  it('cuts a tag in two: the chunk ends inside `<Nt` and the next begins with `ry>`', () => {
    const at = v4.indexOf('<Ntry>') + 3;
    const entries: CamtEntry[] = [];
    new CamtReader((e) => entries.push(e)).write(v4.slice(0, at)).write(v4.slice(at)).close();
    expect(entries).toEqual(whole.entries);
  });

  it('hands each entry out as soon as its Ntry closes, before the file ends', () => {
    const entries: CamtEntry[] = [];
    const reader = new CamtReader((e) => entries.push(e));
    reader.write(v4.slice(0, v4.indexOf('</Stmt>')));
    expect(entries.map((e) => e.amount)).toEqual([12000, 7550]);
    reader.write(v4.slice(v4.indexOf('</Stmt>')));
    expect(reader.close().entries).toBe(5);
    expect(entries.map((e) => e.checksum)).toEqual(whole.entries.map((e) => e.checksum));
  });

  it('reads a batch entry of camt.054.001.08 (prefixed namespace) fed in chunks', () => {
    const v8 = fixture('camt.054.001.08.xml').toString('utf8');
    expect(inChunks(v8, 5).entries).toEqual(readCamtFile(v8).entries);
  });

  it('refuses a malformed file fed in chunks, naming the element and the line', () => {
    const broken = v4.replace('</Amt>\n        <CdtDbtInd>DBIT', '</Amnt>\n        <CdtDbtInd>DBIT');
    let error: unknown;
    try {
      inChunks(broken, 3);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CamtFileError);
    expect(error).toMatchObject({
      element: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[2]',
      line: v4.split('\n').findIndex((l) => l.includes('75.50')) + 1,
    });
  });

  it('refuses a file that stops short, and an empty one, when closed', () => {
    expect(() => new CamtReader(() => undefined).write(v4.slice(0, v4.length / 2)).close()).toThrow(CamtFileError);
    expect(() => new CamtReader(() => undefined).write('  \n').close()).toThrow('The file is empty');
  });
});

describe('checkCamtFile (the upload: read through, nothing kept)', () => {
  // Far longer than a decoded piece (64 KiB): a two-byte character falls on the pieces' boundaries.
  const ntry = fixture('camt.053.001.04.xml')
    .toString('utf8')
    .match(/<Ntry>[\s\S]*?<\/Ntry>/)![0];
  const statement = (n: number) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>' +
    '<Stmt><Acct><Id><IBAN>CH4431999123000889012</IBAN></Id></Acct>' +
    Array.from({ length: n }, (_, i) => ntry.replace('<AcctSvcrRef>', `<AddtlNtryInf>é${'è'.repeat(i % 7)}</AddtlNtryInf><AcctSvcrRef>`)).join('\n') +
    '</Stmt></BkToCstmrStmt></Document>\n';

  it('counts the entries of a file larger than a decoded piece, its multi-byte characters cut anywhere', () => {
    const data = Buffer.from(statement(300), 'utf8');
    expect(data.length).toBeGreaterThan(3 * 64 * 1024);
    expect(checkCamtFile(data)).toEqual({ message: 'camt.053', version: '001.04', messageId: 'M', reports: 1, entries: 300 });
    expect(readCamtFile(data).entries).toHaveLength(300);
  });

  it('refuses a wrong byte far into the file with its line', () => {
    const text = statement(300);
    const data = Buffer.from(text, 'utf8');
    const at = data.length - 5000;
    data[at] = 0xff;
    const line = data.subarray(0, at).toString('utf8').split('\n').length;
    expect(() => checkCamtFile(data)).toThrow(CamtFileError);
    try {
      checkCamtFile(data);
    } catch (e) {
      expect(e).toMatchObject({ element: 'Document', line });
    }
  });
});
