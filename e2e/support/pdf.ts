import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// PDFs are checked with independent tools: rendered (pdftoppm), read (pdftotext), scanned (zbarimg).

/** Renders every page of a PDF to PNG at `dpi` and hands the files (in page order) to `read`. */
async function withRenderedPages<T>(pdf: Buffer, dpi: number, read: (file: string, pages: string[]) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    await run('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => join(dir, f));
    return await read(file, pages);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The QR codes on every rendered page. */
export const decodeQrCodesFromPdf = (pdf: Buffer): Promise<string[]> => decodeFromPdf(pdf, 'qrcode');

/** The codes of one symbology (QR codes, or Code 128 barcodes) on every rendered page. */
export function decodeFromPdf(pdf: Buffer, symbology: 'qrcode' | 'code128'): Promise<string[]> {
  return withRenderedPages(pdf, 150, async (_file, pages) => {
    const codes: string[] = [];
    for (const page of pages) {
      try {
        const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', `-S${symbology}.enable`, page]);
        codes.push(...stdout.split('\n').filter(Boolean));
      } catch (error) {
        // Exit status 4: no code on this page (a gift voucher page, say); anything else is a failure.
        if ((error as { code?: number }).code !== 4) throw error;
      }
    }
    return codes;
  });
}

/** How many pages render, and the text of each page. */
export function readPdf(pdf: Buffer): Promise<{ renderedPages: number; pages: string[] }> {
  return withRenderedPages(pdf, 72, async (file, rendered) => {
    const { stdout } = await run('pdftotext', ['-layout', file, '-']);
    return { renderedPages: rendered.length, pages: stdout.split('\f').filter((p) => p.trim()) };
  });
}

/**
 * The Swiss QR-bill's payload on the last page of an invoice, or null: the API tests' reader (the
 * Swiss cross painted white so zbar can read it; ADR 0025), the same way the SMTP catcher is shared.
 */
export { pdfQrBillPayload as decodeQrBillFromPdf } from '../../apps/api/src/test/pdf';
