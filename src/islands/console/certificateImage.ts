/**
 * The certificate drawn as a picture, for browsers that cannot print (WeChat's among them): a
 * trainer or trainee long-presses it to save or forward. Same wording as the printed one.
 */
import { wrap } from '../transfer/textImage.ts';

export interface CertificateText {
  issuer: string;
  serial: string;
  name: string;
  body: string;
  date: string;
  demo?: boolean;
}

export function certificateImage(t: CertificateText): string {
  const W = 1400;
  const H = 990;
  const c = document.createElement('canvas');
  c.width = W;
  c.height = H;
  const g = c.getContext('2d');
  if (!g) throw new Error('这个浏览器不能生成图片');
  g.fillStyle = '#fffdf7';
  g.fillRect(0, 0, W, H);
  g.strokeStyle = '#9a6b1f';
  g.lineWidth = 10;
  g.strokeRect(30, 30, W - 60, H - 60);
  g.lineWidth = 2;
  g.strokeRect(50, 50, W - 100, H - 100);
  g.textAlign = 'center';
  g.fillStyle = '#333';
  g.font = '34px serif';
  g.fillText(t.issuer, W / 2, 140);
  g.fillStyle = '#7a1f1f';
  g.font = 'bold 72px serif';
  g.fillText('上岗考核合格证书', W / 2, 240);
  g.fillStyle = '#555';
  g.font = '24px sans-serif';
  g.fillText(`证书编号：${t.serial}`, W / 2, 290);
  g.fillStyle = '#111';
  g.font = 'bold 60px serif';
  g.fillText(t.name, W / 2, 400);
  g.font = '34px serif';
  g.textAlign = 'left';
  wrap(g, t.body, W - 300).forEach((l, i) => g.fillText(l, 150, 480 + i * 52));
  g.font = '28px sans-serif';
  ['培训主管（签字）', '项目负责人（签字）', '发证单位（盖章）'].forEach((s, i) => {
    const x = 150 + i * 380;
    g.fillText(s, x, 790);
    g.fillRect(x, 830, 300, 2);
  });
  g.textAlign = 'right';
  g.fillText(`发证日期：${t.date}`, W - 150, 900);
  if (t.demo) {
    g.textAlign = 'center';
    g.fillStyle = '#b00020';
    g.font = 'bold 28px sans-serif';
    g.fillText('示例数据，仅供演示，不作为上岗凭证', W / 2, 950);
  }
  return c.toDataURL('image/png');
}
