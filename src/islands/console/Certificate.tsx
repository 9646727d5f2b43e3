/**
 * A pass certificate for one result, as a company hands it out: issuer, trainee, post, exam, score,
 * date, a serial number made from the result, and lines to sign and stamp. Prints on one A4 page
 * (landscape by preference, portrait fits too); while it is shown, printing prints only it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { certificateSerial, chinaDateText } from '../../lib/exam/certificate.ts';
import type { Row } from '../../lib/exam/console.ts';
import { PrintButton } from '../fallback/PrintButton.tsx';

export interface Issuer {
  /** the project's name, e.g. 示例花园小区 */
  project: string;
  /** the organisation, e.g. 物业服务中心 */
  org: string;
  /** a demo project's build: the certificate says it is a sample */
  demo?: boolean;
}

export function Certificate({ row, roles, issuer, onBack }: { row: Row; roles: Record<string, string>; issuer: Issuer; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('cert-print');
    heading.current?.focus();
    return () => html.classList.remove('cert-print');
  }, []);
  const role = row.role ? (roles[row.role] ?? row.role) : '';
  // The console's own date: a phone's calendar can say anything (a certificate dated 2036 was seen).
  const date = chinaDateText(row.acceptedAt ?? Date.now());
  const serial = certificateSerial(row.key, row.submittedAt);
  const body = `工号 ${row.number}${role ? `，岗位 ${role}` : ''}，于 ${date} 参加「${row.examTitle}」，成绩 ${row.percent} 分（${row.pass} 分及格），考核合格，特发此证。`;
  const [picture, setPicture] = useState('');
  const [pictureError, setPictureError] = useState('');
  // drawn only where printing cannot work, so its code loads when asked for
  const makePicture = () =>
    import('./certificateImage.ts')
      .then((m) => setPicture(m.certificateImage({ issuer: issuer.project + issuer.org, serial, name: row.name, body, date, demo: issuer.demo })))
      .catch(() => setPictureError('没能生成图片：请联网后再试，或用电脑打开考核台打印。'));
  return (
    <div class="certificate-view">
      <p class="no-print hint">这是打印预览：打印时只打印证书，A4 纸横向或纵向都是一页。</p>
      <article class="certificate" data-certificate aria-labelledby="cert-h">
        <p class="cert-issuer">
          {issuer.project}
          {issuer.org}
        </p>
        <h2 id="cert-h" tabIndex={-1} ref={heading}>
          上岗考核合格证书
        </h2>
        <p class="cert-serial">
          证书编号：<span data-serial>{serial}</span>
        </p>
        <p class="cert-name">
          <strong>{row.name}</strong>
        </p>
        <p class="cert-body">
          工号 {row.number}
          {role && <>，岗位 {role}</>}，于 {date} 参加「{row.examTitle}」，成绩 <strong>{row.percent} 分</strong>（{row.pass} 分及格），考核合格，特发此证。
        </p>
        <div class="cert-signs">
          <p>
            培训主管（签字）
            <span class="line" />
          </p>
          <p>
            项目负责人（签字）
            <span class="line" />
          </p>
          <p>
            发证单位（盖章）
            <span class="line" />
          </p>
        </div>
        <p class="cert-date">发证日期：{date}</p>
        {issuer.demo && <p class="cert-demo">示例数据，仅供演示，不作为上岗凭证</p>}
      </article>
      <div class="actions no-print">
        <PrintButton
          primary
          instead={
            <>
              可以把证书存成图片，长按图片保存或转发：{' '}
              <button type="button" class="button" onClick={makePicture} data-cert-picture>
                生成证书图片
              </button>
            </>
          }
        />
        <button type="button" class="button" onClick={onBack}>
          返回考核台
        </button>
      </div>
      {pictureError && (
        <p role="alert" class="notice no-print">
          {pictureError}
        </p>
      )}
      {picture && (
        <figure class="cert-picture no-print">
          <img src={picture} alt={`${row.name}的上岗考核合格证书图片`} width={700} height={495} data-cert-image />
          <figcaption>长按图片选「保存图片」或「发送给朋友」。</figcaption>
        </figure>
      )}
    </div>
  );
}
