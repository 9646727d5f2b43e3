// Serves dist/ as a static host would: index.html for folders (with a redirect to the trailing
// slash), 404.html with status 404 for misses, no caching tricks. Used by `npm start` and the e2e
// tests so both see exactly the deployed files. serve-static (the Express project's static
// server) refuses paths that climb out of the folder and answers a file that disappears between
// lookup and read with an error response, not a crash.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import serveStatic from 'serve-static';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`没有找到构建结果 ${root}/index.html：请先运行 npm run build`);
  process.exit(1);
}

// Brotli or gzip, as the README asks of a real host: what a phone downloads here is what it will there.
// compression works on Node's own request and response; its types are written for Express's
const compress = /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */ (
  compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } } })
);
const files = serveStatic(root, { index: ['index.html'], redirect: true, dotfiles: 'ignore', cacheControl: false, etag: true, lastModified: false });

/** @param {import('node:http').ServerResponse} res */
function notFound(res, status = 404) {
  // A file that vanished mid-request may have left its length and type behind: drop them, or the
  // 404 page would be cut short or leave the browser waiting. Too late once bytes were sent.
  if (res.headersSent) return void res.destroy();
  for (const h of res.getHeaderNames()) res.removeHeader(h);
  let page;
  try {
    page = readFileSync(join(root, '404.html'));
  } catch {
    page = '找不到这个页面';
  }
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
}

createServer((req, res) => {
  // Astro's files carry a hash of their content in their names, so a host may let phones keep them
  // for a year (the README's nginx block does): a second page then costs no request for them.
  if (req.url?.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  compress(req, res, () =>
    files(req, res, (err) => {
      // serve-static passes on misses (404) and refusals such as a path outside the folder (403)
      const status = err?.status ?? err?.statusCode ?? 404;
      notFound(res, status === 403 || status === 400 ? status : 404);
    }),
  );
}).listen(port, '127.0.0.1', () => console.log(`手册已启动：http://localhost:${port}/`));
