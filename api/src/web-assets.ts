import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Files smaller than this are sent as they are: compressing them saves nothing worth a header. */
const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|map|txt|wasm)$/;

interface Asset {
  raw: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

/** The encoding to answer in: brotli, then gzip, as the browser accepts (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

async function load(file: string): Promise<Asset> {
  const raw = await readFile(file);
  if (raw.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(file)) {
    return { raw, br: null, gzip: null };
  }
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 9,
        [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipped(raw, { level: 9 }),
  ]);
  return { raw, br, gzip: gz };
}

/**
 * The dashboard's built assets (`dist/assets`, every name carries a content hash): compressed
 * once at start (brotli and gzip, in the background, off the event loop) and served from memory
 * with a year's immutable caching. Unknown names fall through (to the SPA's index.html 404 path).
 */
export function webAssets(webDir: string) {
  const dir = path.join(webDir, 'assets');
  const assets = new Map<string, Promise<Asset>>();
  const ready = readdir(dir)
    .then((names) => {
      for (const name of names) {
        const asset = load(path.join(dir, name));
        asset.catch(() => undefined); // a failure is answered per request, below
        assets.set(name, asset);
      }
    })
    .catch(() => undefined);

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const match = /^\/assets\/([\w.-]+)$/.exec(req.path);
    if (!match) return next();
    const name = match[1]!;
    void ready
      .then(() => assets.get(name))
      .then((asset) => {
        if (!asset) {
          res.status(404).type('text/plain').send('not found');
          return;
        }
        const encoding = chooseEncoding(req.headers['accept-encoding']);
        const body = (encoding && asset[encoding]) ?? asset.raw;
        res.type(path.extname(name));
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Vary', 'Accept-Encoding');
        if (body !== asset.raw && encoding) res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', String(body.length));
        if (req.method === 'HEAD') res.end();
        else res.end(body);
      })
      .catch(next);
  };
}
