/**
 * A QR code as an <img> of an SVG data URL: no HTML from the encoded text ever reaches the page.
 * `png`: a bitmap instead, for a code meant to be long-pressed and saved (WeChat saves only bitmaps).
 */
import { useEffect, useState } from 'preact/hooks';

export function QrImage({ text, label, size = 240, png }: { text: string; label: string; size?: number; png?: boolean }) {
  const [src, setSrc] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((QR) =>
        png
          ? QR.toDataURL(text, { errorCorrectionLevel: 'L', margin: 4, scale: 4 })
          : QR.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      )
      .then((url) => live && setSrc(url))
      .catch(() => live && setError('内容太长，无法生成二维码：请改用文字或文件'));
    return () => {
      live = false;
    };
  }, [text]);
  if (error) return <p class="muted">{error}</p>;
  return src ? <img class="qr" src={src} width={size} height={size} alt={label} /> : <p class="muted">正在生成二维码…</p>;
}
