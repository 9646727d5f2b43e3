// Makes sure Debian's Chromium (and CJK fonts for screenshots and PDFs) is installed, because
// Playwright cannot download its own browser here. Installs with apt-get when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
if (existsSync(chromium) && existsSync(fonts)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const sudo = isRoot ? '' : 'sudo ';
console.log(`没有找到 ${existsSync(chromium) ? '中文字体' : 'Chromium'}，正在用 apt-get 安装 chromium 和 fonts-noto-cjk …`);
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk`, { stdio: 'inherit' });
} catch {
  console.error('安装失败：请手动运行 apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH 指向已有的 Chromium。');
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`安装后仍然没有 ${chromium}`);
  process.exit(1);
}
