/**
 * A complete nginx configuration for every project, one HTTPS server per project from its siteUrl
 * (npm run deploy:nginx). Written for Debian's nginx 1.22: `listen … http2` (the `http2` directive
 * came in 1.25), a type for .webmanifest (its mime.types lacks one), brotli from Debian's
 * libnginx-mod-http-brotli-filter package. Certificate paths are placeholders to fill in.
 */
export interface SiteOfProject {
  id: string;
  name: string;
  siteUrl: string;
}

export interface NginxOptions {
  /** where each project's folder lies: <root>/<id>/ (as npm run deploy puts it) */
  root: string;
  /** certificate folder: <certs>/<host>.pem and .key */
  certs: string;
  /** ports, for a test server; 80/443 by default */
  httpPort?: number;
  httpsPort?: number;
}

export class NginxConfigError extends Error {}

const COMPRESSED = 'text/css application/javascript application/json image/svg+xml application/manifest+json text/plain application/octet-stream';

function hostOf(p: SiteOfProject): string {
  let url: URL;
  try {
    url = new URL(p.siteUrl);
  } catch {
    throw new NginxConfigError(`项目 ${p.id} 的 siteUrl「${p.siteUrl}」不是完整网址`);
  }
  if (url.protocol !== 'https:') throw new NginxConfigError(`项目 ${p.id} 的 siteUrl 要用 https://（离线功能只在 HTTPS 下可用）`);
  // pages, the worker and search all live at the site's root
  if (url.pathname !== '/') throw new NginxConfigError(`项目 ${p.id} 的 siteUrl 带了路径「${url.pathname}」：手册要放在网站根目录，请给它一个子域名（如 https://${p.id}.shouce.example.cn/）`);
  return url.hostname;
}

export function nginxConfig(projects: SiteOfProject[], o: NginxOptions): string {
  const http = o.httpPort ?? 80;
  const https = o.httpsPort ?? 443;
  const hosts = new Map<string, string>();
  for (const p of projects) {
    const h = hostOf(p);
    if (hosts.has(h)) throw new NginxConfigError(`项目 ${hosts.get(h)} 和 ${p.id} 的 siteUrl 是同一个域名 ${h}：每个项目要有自己的域名`);
    hosts.set(h, p.id);
  }
  const redirect = http === 80 && https === 443 ? 'https://$host$request_uri' : `https://$host:${https}$request_uri`;
  const blocks = projects.map((p) => {
    const host = hostOf(p);
    return `# ${p.name}（${p.id}）
server {
  listen ${http};
  listen [::]:${http};
  server_name ${host};
  return 301 ${redirect};
}
server {
  listen ${https} ssl http2;
  listen [::]:${https} ssl http2;
  server_name ${host};
  # 填上这个域名的证书（通配符证书也可以，几个项目共用同一对文件）
  ssl_certificate     ${o.certs}/${host}.pem;
  ssl_certificate_key ${o.certs}/${host}.key;
  root ${o.root}/${p.id};
  charset utf-8;
  include mime.types;
  # Debian 的 mime.types 没有 .webmanifest
  types { application/manifest+json webmanifest; }
  # brotli 需要 Debian 的 libnginx-mod-http-brotli-filter 包；没有时删掉这两行，gzip 照样可用
  brotli on;
  brotli_types ${COMPRESSED};
  gzip on;
  gzip_types ${COMPRESSED};
  error_page 404 /404.html;
  location / {
    try_files $uri $uri/index.html =404;
    # 页面每次都问服务器有没有新版本；always：404 页也带上
    add_header Cache-Control "no-cache" always;
  }
  # 文件名带内容哈希：手机可以存一年
  location /_astro/ {
    add_header Cache-Control "public, max-age=31536000, immutable" always;
  }
  location = /sw.js {
    add_header Cache-Control "no-cache" always;
  }
  # 电话和预案的版本：每次都要问到服务器
  location = /version.json {
    add_header Cache-Control "no-store" always;
  }
  # .project 之类的构建记录不给外人看
  location ~ /\\. {
    return 404;
  }
}
`;
  });
  return `# 物业服务手册：每个项目一个网站（npm run deploy:nginx 生成，改项目后重新生成）
# 放到 /etc/nginx/conf.d/ 下，nginx -t 检查后 systemctl reload nginx。
${blocks.join('\n')}`;
}
