/** The made exam: QR code and link for the trainees, and where results go. */
import { useEffect, useRef } from 'preact/hooks';
import { CopyButton } from '../fallback/CopyButton.tsx';
import { QrImage } from './QrImage.tsx';
import { routes } from '../../lib/routes.ts';

export function LinkPanel({ link, title, count, minutes, pass }: { link: string; title: string; count: number; minutes: number; pass: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Made from a card far above: bring the result into view and say it.
  useEffect(() => {
    heading.current?.focus();
  }, [link]);
  return (
    <section class="exam-link" aria-labelledby="link-h">
      <h2 id="link-h" tabIndex={-1} ref={heading}>
        把这个发给考生：{title}
      </h2>
      <p class="muted">
        {count} 题 · {minutes} 分钟 · {pass} 分及格。考生用手机扫码或打开链接答题，交卷后把结果码交给你。
      </p>
      <div class="link-body">
        <QrImage text={link} label="考试二维码" />
        <div>
          <label class="field">
            <span>考试链接</span>
            <input type="text" readOnly value={link} data-exam-link onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </label>
          <div class="actions">
            <CopyButton text={link} label="复制链接" />
            <a class="button" href={link} target="_blank" rel="noopener">
              自己先试一遍
            </a>
            <a class="button" href={routes.assess.console}>
              打开考核台收成绩
            </a>
          </div>
        </div>
      </div>
    </section>
  );
}
