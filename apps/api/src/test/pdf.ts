import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Renders the pages to PNG (pdftoppm) and returns the QR codes zbarimg reads on each. */
export function pdfQrCodes(pdf: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '150', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => {
        try {
          return execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', join(dir, f)])
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

/** Same spaces as `pdfPages`, for text read from an email. */
export const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
