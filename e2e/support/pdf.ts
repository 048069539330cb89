import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
export function decodeQrCodesFromPdf(pdf: Buffer): Promise<string[]> {
  return withRenderedPages(pdf, 150, async (_file, pages) => {
    const codes: string[] = [];
    for (const page of pages) {
      try {
        const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', page]);
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
 * The Swiss QR-bill's payload on the last page of an invoice, or null. zbar cannot read a QR-bill
 * with its Swiss cross (a known zbar limitation): the cross is painted white first, and the code's
 * error correction restores the modules under it, so the payload read is the one printed (as the
 * API's `pdfQrBillPayload` does; ADR 0025).
 */
export function decodeQrBillFromPdf(pdf: Buffer): Promise<string | null> {
  const dpi = 150;
  const dir = mkdtempSync(join(tmpdir(), 'guichet-qrbill-'));
  return (async () => {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    await run('pdftoppm', ['-r', String(dpi), '-gray', join(dir, 'doc.pdf'), join(dir, 'page')]);
    const last = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .pop()!;
    const image = readFileSync(join(dir, last));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    // The payment part is the A4 page's bottom 105 mm; its QR code is 46 mm wide, 67 mm from the left and 17 mm from its top.
    const [cx, cy, half] = [px(67 + 23), px(297 - 105 + 17 + 23), px(4.5)];
    for (let y = cy - half; y <= cy + half; y++) image.fill(255, header[0].length + y * width + cx - half, header[0].length + y * width + cx + half + 1);
    writeFileSync(join(dir, 'scan.pgm'), image);
    try {
      return (await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(dir, 'scan.pgm')])).stdout;
    } catch (error) {
      if ((error as { code?: number }).code === 4) return null; // no code found
      throw error;
    }
  })().finally(() => rmSync(dir, { recursive: true, force: true }));
}
