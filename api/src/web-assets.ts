import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

const gzipped = promisify(gzip);

/** Files smaller than this are sent as they are: compressing them saves nothing worth a header. */
/** Smaller assets are sent as they are: compressing them saves less than a header costs. */
export const MIN_COMPRESS_BYTES = 1024;
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

const orNull = (p: Promise<Buffer>) => p.catch(() => null);

/**
 * One asset: the file, and its `.br` / `.gz` written by the web build beside it. Without a
 * `.gz` (a dist built otherwise) the file is gzipped once, here, off the event loop.
 */
async function load(file: string): Promise<Asset | null> {
  const raw = await orNull(readFile(file));
  if (!raw) return null;
  if (raw.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(file)) {
    return { raw, br: null, gzip: null };
  }
  const [br, gz] = await Promise.all([
    orNull(readFile(`${file}.br`)),
    orNull(readFile(`${file}.gz`)),
  ]);
  return { raw, br, gzip: gz ?? (await gzipped(raw, { level: 6 })) };
}

/**
 * The dashboard's built assets (`dist/assets`; every name carries a content hash, so an answer
 * never changes): brotli or gzip as the browser accepts, kept in memory after the first read,
 * cached for a year as immutable. An unknown name is a 404, not the SPA's index.html.
 */
export function webAssets(webDir: string) {
  const dir = path.join(webDir, 'assets');
  const assets = new Map<string, Promise<Asset | null>>();

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!req.path.startsWith('/assets/')) return next();
    const match = /^\/assets\/([\w-][\w.-]*)$/.exec(req.path);
    const name = match?.[1];
    if (!name || name.endsWith('.br') || name.endsWith('.gz')) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    let asset = assets.get(name);
    if (!asset) {
      asset = load(path.join(dir, name));
      assets.set(name, asset);
    }
    void asset
      .then((a) => {
        if (!a) {
          assets.delete(name); // a later build may add it; never cache a miss
          res.status(404).type('text/plain').send('not found');
          return;
        }
        const encoding = chooseEncoding(req.headers['accept-encoding']);
        const body = (encoding && a[encoding]) ?? a.raw;
        res.type(path.extname(name));
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Vary', 'Accept-Encoding');
        if (body !== a.raw && encoding) res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', String(body.length));
        if (req.method === 'HEAD') res.end();
        else res.end(body);
      })
      .catch(next);
  };
}
