/** A camera picture scaled down in the browser before it is stored (lib/photos/size.ts says how far). */
import { fitWithin, QUALITIES, TARGET_BYTES } from '../../lib/photos/size.ts';

export async function shrink(file: Blob): Promise<{ blob: Blob; width: number; height: number }> {
  // decoded with the camera's rotation applied, so a portrait photo stays upright
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => {
    throw new Error('这不是能打开的图片');
  });
  const { width, height } = fitWithin(bitmap.width, bitmap.height);
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const g = c.getContext('2d');
  if (!g) throw new Error('这个浏览器不能处理图片');
  g.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let blob: Blob | null = null;
  for (const q of QUALITIES) {
    blob = await new Promise<Blob | null>((r) => c.toBlob(r, 'image/jpeg', q));
    if (blob && blob.size <= TARGET_BYTES) break;
  }
  if (!blob) throw new Error('这个浏览器不能处理图片');
  return { blob, width, height };
}
