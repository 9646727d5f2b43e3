// Makes sure Debian's Chromium (and CJK fonts for screenshots and PDFs) is installed, because
// Playwright cannot download its own browser here, and nginx for the deployment test. Installs
// with apt-get when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// the deployment test serves two projects with Debian's nginx and its brotli module, as README's
// deployment does; without them that test is skipped with a message, the rest still runs
const nginx = ['/usr/sbin/nginx', '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'];
if (!nginx.every(existsSync)) {
  const isRoot = process.getuid?.() === 0;
  try {
    console.log('没有找到 nginx（部署测试要用），正在用 apt-get 安装 nginx-light 和 libnginx-mod-http-brotli-filter …');
    execSync(`${isRoot ? '' : 'sudo '}apt-get update -qq && ${isRoot ? '' : 'sudo '}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-filter`, {
      stdio: 'inherit',
    });
  } catch {
    console.warn('没装上 nginx：部署测试（test/e2e/nginx.spec.ts）会跳过。');
  }
}
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
