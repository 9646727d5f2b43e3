/** What SaveFile shows where files cannot be saved: the text to copy, and how to reach a real browser. */
import type { ComponentChildren } from 'preact';
import { detect } from '../../lib/capabilities.ts';
import { CopyText } from './CopyText.tsx';
import { OpenInBrowser } from './OpenInBrowser.tsx';

export function SaveFallback({ text, label }: { text: string; label: string }) {
  const caps = detect(window as never);
  return (
    <div class="save-fallback" data-save-fallback-panel>
      <p>这个浏览器不能保存文件：把下面的文字复制出来，粘贴到微信「文件传输助手」或备忘录里保存。</p>
      <CopyText text={text} label={`${label}的内容`} rows={6} />
      <OpenInBrowser caps={caps} why="要保存成文件：" />
    </div>
  );
}

export function PrintFallback({ instead }: { instead?: ComponentChildren }) {
  const caps = detect(window as never);
  return (
    <div class="print-fallback" data-print-fallback-panel>
      <p>这个浏览器不能打印。{instead ?? '可以截图保存，或用电脑打开同一网址再打印。'}</p>
      <OpenInBrowser caps={caps} why="要打印：" />
    </div>
  );
}
