import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// PDFs are checked with independent tools (poppler-utils, zbar-tools): read (pdftotext), rendered
// (pdftoppm) and scanned (zbarimg), as a person and a door scanner would.

/** The text of each page; no-break spaces read as spaces. */
export function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\f')
    .filter((p) => p.trim());
}

/** Renders the pages to PNG (pdftoppm) and returns the codes of one symbology zbarimg reads on each. */
export function pdfCodes(pdf: Buffer, symbology: 'qrcode' | 'code128' = 'qrcode'): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => {
        try {
          return execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', `-S${symbology}.enable`, join(dir, f)])
            .toString('utf8')
            .split('\n')
            .filter(Boolean);
        } catch (error) {
          if ((error as { status?: number }).status === 4) return []; // no code on this page
          throw error;
        }
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The QR codes zbarimg reads on each page. */
export const pdfQrCodes = (pdf: Buffer): string[][] => pdfCodes(pdf, 'qrcode');

/** Same spaces as `pdfPages`, for text read from an email. */
export const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * The QR-bill payload on an A4 invoice's last page. zbar cannot read a QR-bill as printed: the Swiss
 * cross in its centre defeats its decoder (mchehab/zbar issues 121, 167, 216), though any banking
 * app reads it. The error correction (level M) restores what the cross covers, so the page is
 * rendered in grey and the cross's 9 mm square painted white before scanning — every module around
 * it stays as printed.
 */
export function pdfQrBillPayload(pdf: Buffer): string | null {
  const dpi = 150;
  const dir = mkdtempSync(join(tmpdir(), 'guichet-qrbill-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', join(dir, 'doc.pdf'), join(dir, 'page')]);
    const last = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .pop()!;
    const image = readFileSync(join(dir, last));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    // The payment part is the page's bottom 105 mm; its QR code is 46 mm wide at 67 mm from the left, 17 mm from its top.
    const [cx, cy, half] = [px(67 + 23), px(297 - 105 + 17 + 23), px(4.5)];
    for (let y = cy - half; y <= cy + half; y++) image.fill(255, header[0].length + y * width + cx - half, header[0].length + y * width + cx + half + 1);
    writeFileSync(join(dir, 'scan.pgm'), image);
    try {
      return execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(dir, 'scan.pgm')]).toString('utf8');
    } catch (error) {
      if ((error as { status?: number }).status === 4) return null; // no code found
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
