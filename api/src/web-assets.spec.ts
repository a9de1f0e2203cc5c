import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, webAssets } from './web-assets.js';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('webAssets', () => {
  let dir: string;
  let url: string;
  let close: () => void;
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  const brScript = `${script} // precompressed`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'web-assets-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'index-AbCd1234.js'), script);
    writeFileSync(path.join(dir, 'assets', 'tiny-AbCd1234.css'), 'a{}');
    // As the web build writes them: brotli beside the file (here one with a marker to tell it).
    writeFileSync(path.join(dir, 'assets', 'index-AbCd1234.js.br'), brotliCompressSync(brScript));
    // Without a .gz the server gzips it itself.
    const app = express();
    app.use(webAssets(dir));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, encoding: string) =>
    fetch(`${url}${p}`, { headers: { 'accept-encoding': encoding } });

  it('answers brotli or gzip as accepted, immutable for a year, with the type of the file', async () => {
    const br = await get('/assets/index-AbCd1234.js', 'br, gzip');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    // fetch decodes the body: the build's .br is what was sent.
    expect(await br.text()).toBe(brScript);
    const gz = await get('/assets/index-AbCd1234.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(script);
  });

  it('sends small files and refusing clients the file as it is; unknown names and the .br files a 404', async () => {
    const plain = await get('/assets/index-AbCd1234.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(script));
    const tiny = await get('/assets/tiny-AbCd1234.css', 'br');
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect((await get('/assets/missing-AbCd1234.js', 'br')).status).toBe(404);
    expect((await get('/assets/index-AbCd1234.js.br', 'br')).status).toBe(404);
  });
});
