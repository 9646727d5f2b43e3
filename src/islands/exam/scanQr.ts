/**
 * Reads a QR code from a camera frame or a photo: the browser's BarcodeDetector where it exists,
 * otherwise jsQR (loaded only when needed).
 */
type Source = HTMLVideoElement | HTMLImageElement | ImageBitmap;

interface Detector {
  detect(source: Source): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (o: { formats: string[] }) => Detector;
  }
}

let detector: Detector | null | undefined;

export async function readQr(source: Source, width: number, height: number): Promise<string | null> {
  if (detector === undefined) {
    try {
      detector = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    } catch {
      detector = null;
    }
  }
  if (detector) {
    try {
      const found = await detector.detect(source);
      if (found[0]) return found[0].rawValue;
      return null;
    } catch {
      /* fall back to jsQR below */
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, width, height);
  const { data } = ctx.getImageData(0, 0, width, height);
  const jsQR = (await import('jsqr')).default;
  return jsQR(data, width, height)?.data ?? null;
}

export async function readQrFromFile(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  // Large photos are scaled down: QR detection does not need the full resolution.
  const scale = Math.min(1, 1200 / Math.max(bitmap.width, bitmap.height));
  return readQr(bitmap, Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
}
