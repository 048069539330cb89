import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PDF read by independent tools: how many pages render (pdftoppm) and the text of each page (pdftotext). */
export async function readPdf(pdf: Buffer): Promise<{ renderedPages: number; pages: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-pdf-text-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    await run('pdftoppm', ['-r', '72', '-png', join(dir, 'doc.pdf'), join(dir, 'page')]);
    const renderedPages = readdirSync(dir).filter((f) => f.endsWith('.png')).length;
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-']);
    return { renderedPages, pages: stdout.split('\f').filter((p) => p.trim()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
