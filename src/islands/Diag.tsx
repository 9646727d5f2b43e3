/**
 * 环境检测: what this browser can and cannot do for the handbook, each with what to do about it,
 * so a company's IT can check the phones staff use in minutes (README: run it on real phones).
 */
import { useEffect, useState } from 'preact/hooks';
import { detect, openInBrowserAdvice, type Capabilities } from '../lib/capabilities.ts';
import { OpenInBrowser } from './fallback/OpenInBrowser.tsx';

interface Row {
  id: string;
  name: string;
  ok: boolean | null;
  note: string;
}

function rows(c: Capabilities, extra: { controlled: boolean; zhVoice: boolean | null; quotaMb: number | null }): Row[] {
  const away = openInBrowserAdvice(c);
  const iosWeChat = c.inApp && c.platform === 'ios';
  return [
    {
      id: 'offline',
      name: '离线使用（没网也能看手册）',
      ok: c.offline,
      note: c.offline
        ? extra.controlled
          ? '已经存在这个浏览器里'
          : '第一次打开后会在后台存好'
        : iosWeChat
          ? '苹果手机的微信里不能离线：用 Safari 打开本网址，点分享按钮「添加到主屏幕」'
          : away || '这个浏览器不能离线保存：换用系统浏览器或 Chrome',
    },
    {
      id: 'storage',
      name: '保存学习记录',
      ok: c.storage,
      note: c.storage ? (c.inApp ? '能保存；但退出微信登录时会被清掉，记得在「我的」做备份' : '能保存') : '不能保存（可能是无痕模式）：关掉页面记录就没了',
    },
    {
      id: 'read-aloud',
      name: '朗读',
      ok: c.readAloud ? (extra.zhVoice ?? true) : false,
      note: c.readAloud ? (extra.zhVoice === false ? '能朗读，但没有中文语音：在系统设置里装中文语音' : '能用') : away || '这个浏览器不会朗读：朗读按钮不显示',
    },
    { id: 'print', name: '打印上墙版、证书、记录表', ok: c.print, note: c.print ? '能用' : away || '不能打印：用电脑打开再打印' },
    { id: 'download', name: '下载文件（备份、结果、表格）', ok: c.download, note: c.download ? '能用' : `改用复制文字或长按保存图片；${away || '或换浏览器'}` },
    { id: 'share', name: '系统分享', ok: c.share, note: c.share ? '能用' : '改用「复制」后粘贴到聊天里' },
    { id: 'clipboard', name: '一键复制', ok: c.clipboard, note: c.clipboard ? '能用' : '长按文字框选中后复制' },
    { id: 'camera', name: '摄像头扫码（考核台收结果）', ok: c.camera, note: c.camera ? '能用' : '改用「从照片识别」或粘贴结果码' },
    { id: 'qr', name: '识别二维码照片', ok: true, note: c.barcodeDetector ? '用浏览器自带的识别' : '用本站自带的识别程序（第一次用时下载约 45 KB）' },
    { id: 'quota', name: '存储空间', ok: extra.quotaMb === null ? null : extra.quotaMb > 20, note: extra.quotaMb === null ? '这个浏览器不告诉剩余空间' : `约 ${extra.quotaMb} MB 可用` },
  ];
}

export default function Diag() {
  const [c, setC] = useState<Capabilities | null>(null);
  const [extra, setExtra] = useState({ controlled: false, zhVoice: null as boolean | null, quotaMb: null as number | null });
  useEffect(() => {
    setC(detect(window as never));
    const controlled = !!navigator.serviceWorker?.controller;
    const voices = () => {
      const v = window.speechSynthesis?.getVoices?.() ?? [];
      return v.length ? v.some((x) => /^zh/i.test(x.lang)) : null;
    };
    setExtra((e) => ({ ...e, controlled, zhVoice: voices() }));
    window.speechSynthesis?.addEventListener?.('voiceschanged', () => setExtra((e) => ({ ...e, zhVoice: voices() })));
    navigator.storage
      ?.estimate?.()
      .then((s) => setExtra((e) => ({ ...e, quotaMb: s.quota !== undefined ? Math.round(((s.quota ?? 0) - (s.usage ?? 0)) / 1048576) : null })))
      .catch(() => {});
  }, []);
  if (!c) return <p role="status">正在检测…</p>;
  const list = rows(c, extra);
  const app = c.inApp === 'wechat' ? '微信内置浏览器' : c.inApp === 'wxwork' ? '企业微信内置浏览器' : '普通浏览器';
  return (
    <div class="diag">
      <p>
        <strong>{app}</strong> · {c.platform === 'ios' ? '苹果手机' : c.platform === 'android' ? '安卓手机' : '电脑或其他'} · 可用 {list.filter((r) => r.ok).length} / {list.length} 项
      </p>
      <OpenInBrowser caps={c} why="表里不可用的功能，换到手机浏览器里大多能用：" />
      <div class="table-wrap">
        <table class="reflow" data-diag>
          <thead>
            <tr>
              <th scope="col">功能</th>
              <th scope="col">这个浏览器</th>
              <th scope="col">怎么办</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id} data-cap={r.id} data-ok={r.ok === null ? 'unknown' : String(r.ok)}>
                <th scope="row">{r.name}</th>
                <td data-label="这个浏览器">{r.ok === null ? '不确定' : r.ok ? '✓ 可用' : '✗ 不可用'}</td>
                <td data-label="怎么办">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">浏览器标识：{navigator.userAgent}</p>
    </div>
  );
}
