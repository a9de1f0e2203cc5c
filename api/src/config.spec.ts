import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const key = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('starts on defaults with nothing set: embedded database, emulator on, port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      secretKey: null,
      jobs: true,
      emulator: true,
    });
  });

  it('turns the emulator off by default against a server database, and requires the secret key there', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://x@h/db' })).toThrow(
      /POSTURE_SECRET_KEY: required/,
    );
    const c = loadConfig({ DATABASE_URL: 'postgresql://x@h/db', POSTURE_SECRET_KEY: key });
    expect(c.emulator).toBe(false);
    expect(c.secretKey?.length).toBe(32);
  });

  it('names every bad variable at once, never echoing a secret', () => {
    const secret = 'c2hvcnQ=';
    const err = (() => {
      try {
        loadConfig({
          PORT: 'eighty',
          JOBS: 'maybe',
          POSTURE_SECRET_KEY: secret,
          DATABASE_URL: 'mysql://x',
        });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'JOBS',
      'PORT',
      'POSTURE_SECRET_KEY',
    ]);
    expect(err.message).not.toContain(secret);
  });

  it('notifications: SMTP and delivery settings, validated without echoing the SMTP password', () => {
    expect(loadConfig({}).notifications).toMatchObject({
      deliver: true,
      smtpUrl: null,
      expiryMs: 24 * 3_600_000,
      timeoutMs: 10_000,
      allowHttpLocal: false,
    });
    const c = loadConfig({
      SMTP_URL: 'smtp://mail.example.com:587',
      SMTP_FROM: 'alerts@example.com',
      NOTIFY_DELIVERY: 'off',
      NOTIFY_SWEEP_MS: '250',
      NOTIFY_ALLOW_HTTP_LOCAL: 'on',
    });
    expect(c.notifications).toMatchObject({
      deliver: false,
      smtpUrl: 'smtp://mail.example.com:587',
      smtpFrom: 'alerts@example.com',
      sweepMs: 250,
      allowHttpLocal: true,
    });
    const err = (() => {
      try {
        loadConfig({ SMTP_URL: 'http://user:hunter2@mail', NOTIFY_SWEEP_MS: '5' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('no error');
    })();
    expect(err.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'NOTIFY_SWEEP_MS',
      'SMTP_URL',
    ]);
    expect(err.message).not.toContain('hunter2');
  });

  it('logs JSON unless a person is at the terminal, and checks the metrics token and CORS origins', () => {
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ PUBLIC_URL: 'https://posture.example.com/x' }).corsOrigins).toEqual([
      'https://posture.example.com',
    ]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example.com, http://b.example.com:8080' }).corsOrigins,
    ).toEqual(['https://a.example.com', 'http://b.example.com:8080']);
    const err = (() => {
      try {
        loadConfig({ METRICS_TOKEN: 'short-secret', CORS_ORIGINS: '*', LOG_LEVEL: 'loud' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('no error');
    })();
    expect(err.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'METRICS_TOKEN',
    ]);
    expect(err.message).not.toContain('short-secret');
  });
});
