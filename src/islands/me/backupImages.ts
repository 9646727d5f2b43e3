/**
 * Backup QR parts as pictures a phone keeps: each a PNG with a title, its part number and how to
 * restore, so in the photo album it is clear what it is. PNG rather than SVG because WeChat's
 * long-press 「保存图片」 only offers to save bitmaps.
 */
export async function backupImages(parts: string[], date: string): Promise<string[]> {
  const QR = await import('qrcode');
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const qr = document.createElement('canvas');
    // Whole pixels per module: a QR scaled by a fraction blurs its edges, and some readers
    // (jsQR among them) then fail on codes that are otherwise perfect.
    const modules = QR.create(part, { errorCorrectionLevel: 'M' }).modules.size + 8;
    await QR.toCanvas(qr, part, { errorCorrectionLevel: 'M', margin: 4, scale: Math.max(2, Math.floor(560 / modules)) });
    const c = document.createElement('canvas');
    c.width = 600;
    c.height = 730;
    const g = c.getContext('2d');
    if (!g) throw new Error('这个浏览器不能生成图片');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#111';
    g.textAlign = 'center';
    g.font = 'bold 30px sans-serif';
    g.fillText('物业服务手册 · 学习记录备份', 300, 50);
    g.font = '24px sans-serif';
    g.fillText(`${date}　第 ${i + 1} 张，共 ${parts.length} 张`, 300, 90);
    g.imageSmoothingEnabled = false;
    g.drawImage(qr, Math.round((c.width - qr.width) / 2), 110 + Math.round((560 - qr.height) / 2));
    g.font = '20px sans-serif';
    g.fillStyle = '#333';
    g.fillText('恢复：手册「我的」→「从相册的备份图片恢复」', 300, 705);
    out.push(c.toDataURL('image/png'));
  }
  return out;
}
