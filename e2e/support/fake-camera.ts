import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';

const run = promisify(execFile);

/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`) showing the first
 * page of a PDF: the page rendered in grey (pdftoppm), written as Y4M 4:2:0 — its grey as the luma
 * plane, the chroma planes neutral — the format Chromium's file capture reads.
 */
export async function pdfPageAsY4m(pdf: Buffer, dpi = 150): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-camera-'));
  writeFileSync(join(dir, 'page.pdf'), pdf);
  await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
  const pgm = readFileSync(join(dir, 'page.pgm'));
  // Binary PGM: "P5", width, height, max value, one whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  // 4:2:0 halves both sides for chroma: keep even dimensions.
  const [w, h] = [width & ~1, height & ~1];
  const luma = Buffer.alloc(w * h);
  for (let y = 0; y < h; y++) pixels.copy(luma, y * w, y * width, y * width + w);
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(dir, 'ticket.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}

/**
 * A video file for the fake camera showing a QR code of `text` (black modules on white, a quiet zone
 * of four), drawn from the code's module matrix: no image tool needed.
 */
export function qrCodeAsY4m(text: string, modulePixels = 8): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * modulePixels;
  // Centred on a white frame wider than tall, as a camera sees it.
  const [w, h] = [side * 2, side + 2 * modulePixels * quiet];
  const luma = Buffer.alloc(w * h, 255);
  const [left, top] = [(w - side) / 2, (h - side) / 2];
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const [row, col] = [Math.floor(y / modulePixels) - quiet, Math.floor(x / modulePixels) - quiet];
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
      if (dark) luma[(top + y) * w + left + x] = 0;
    }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(mkdtempSync(join(tmpdir(), 'guichet-camera-')), 'qr.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  return file;
}
