import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: Date;
}

/**
 * A real HTTP receiver on 127.0.0.1 (any free port) that keeps every request. `mode` decides the
 * answer: `ok` 200, `reset` drops the connection (a receiver that is down), `busy` 503 with
 * Retry-After, `slow` never answers (the sender's time limit ends it).
 */
export async function httpReceiver() {
  const received: Received[] = [];
  const refused: Received[] = [];
  let mode: 'ok' | 'reset' | 'busy' | 'slow' = 'ok';
  let retryAfter = '1';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r = {
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: new Date(),
      };
      if (mode === 'reset') {
        refused.push(r);
        req.socket.destroy();
        return;
      }
      if (mode === 'busy') {
        refused.push(r);
        res.writeHead(503, { 'retry-after': retryAfter }).end('busy');
        return;
      }
      if (mode === 'slow') {
        refused.push(r);
        return; // no answer
      }
      received.push(r);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    refused,
    setMode(m: typeof mode, after = '1') {
      mode = m;
      retryAfter = after;
    },
    on(path: string) {
      return received.filter((r) => r.path === path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ReceivedMail {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps every message. */
export async function smtpReceiver() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` holds (or fails after `timeoutMs` with the last value seen). */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (v: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms; last: ${JSON.stringify(v).slice(0, 2000)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}
