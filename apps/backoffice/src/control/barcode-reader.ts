import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import zxingWasm from 'zxing-wasm/reader/zxing_reader.wasm?url';

// zxing-wasm fetches its .wasm from a CDN unless told otherwise: the door must work without the internet.
prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasm : prefix + path) } });

/** Reads the tickets' QR codes and the Code 128 barcodes of thermal tickets (ADR 0041). */
export function ticketReader(): BarcodeDetector {
  return new BarcodeDetector({ formats: ['qr_code', 'code_128'] });
}
