/**
 * 转到另一部手机或浏览器: a QR code the other phone's camera opens (also a picture to long-press
 * and forward), the link to copy into WeChat or a browser, and the code 我的 restores. Loaded when
 * asked for: the QR library comes with it.
 */
import type { Transfer } from '../../lib/transfer.ts';
import { QrImage } from '../exam/QrImage.tsx';
import { CopyText } from '../fallback/CopyText.tsx';

export function TransferPanel({ transfer, what }: { transfer: Transfer; what: string }) {
  return (
    <section class="transfer" aria-labelledby="transfer-h" data-transfer>
      <h3 id="transfer-h">把{what}转到另一部手机或浏览器</h3>
      <p class="hint">
        记录只在这个浏览器里：微信里「在浏览器打开」打开的是另一个浏览器，那里没有这条记录。用下面任一办法把它带过去；带过去的是现在这一份，之后两边各记各的。照片不随二维码和链接过去：要带照片，用「生成记录图片」，或在「我的」导出备份文件。
      </p>
      {transfer.fitsQr ? (
        <figure class="transfer-qr" data-transfer-qr>
          <QrImage text={transfer.link} label={`${what}的转移二维码`} size={320} png />
          <figcaption>用另一部手机的相机或微信「扫一扫」扫这个码，就在那部手机上打开{what}。也可以长按图片保存或转发。</figcaption>
        </figure>
      ) : (
        <p class="notice">{what}内容较多，一个二维码装不下：请复制下面的链接发过去。</p>
      )}
      <CopyText text={transfer.link} label="链接（复制后在另一个浏览器打开，或发到微信里再点开）" rows={3} attrs={{ 'data-transfer-link': '' }} />
      <CopyText text={transfer.code} label="记录码（也可以粘贴到对方「我的」页的「粘贴备份码」里）" rows={3} attrs={{ 'data-transfer-code': '' }} />
    </section>
  );
}
