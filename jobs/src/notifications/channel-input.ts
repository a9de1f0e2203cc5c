import { AlertKind, ChannelKind, Severity } from '@posture/prisma/enums';
import type { InputProblem } from '../errors.js';

/** A channel's fields as the API gives them; absent (or null) on update keeps the stored value. */
export interface ChannelInput {
  /** One tenant, or null/absent for every tenant (an unrestricted ADMIN only). */
  tenantId?: string | null;
  kind?: string | null;
  name?: string | null;
  /** Write-only. On update, empty keeps the stored one. */
  url?: string | null;
  /** Write-only; generic webhooks only. On update, empty keeps the stored one. */
  secret?: string | null;
  minSeverity?: string | null;
  kinds?: string[] | null;
  /** Comma-, semicolon- or space-separated addresses; e-mail channels only. */
  emailTo?: string | null;
  enabled?: boolean | null;
  notifyOnAcknowledge?: boolean | null;
  publicUrl?: string | null;
}

export const CHANNEL_LIMITS = {
  name: 200,
  url: 2048,
  secretMin: 16,
  secretMax: 256,
  emailTo: 20,
  email: 254,
} as const;

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export interface CleanChannel {
  kind?: ChannelKind;
  name?: string;
  url?: string;
  secret?: string;
  minSeverity?: Severity;
  kinds?: AlertKind[];
  emailTo?: string[];
  enabled?: boolean;
  notifyOnAcknowledge?: boolean;
  /** null clears it. */
  publicUrl?: string | null;
}

const given = (v: string | null | undefined): v is string =>
  typeof v === 'string' && v.trim() !== '';

/**
 * Checks a channel's input field by field and returns the clean values and every problem, named
 * by field. `kind` is the stored kind on update (the kind of a channel cannot change).
 */
export function cleanChannelInput(
  input: ChannelInput,
  mode: 'create' | 'update',
  storedKind: ChannelKind | null,
  allowHttpLocal: boolean,
): { value: CleanChannel; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const value: CleanChannel = {};
  let kind = storedKind;
  if (mode === 'create') {
    if (!given(input.kind) || !(input.kind in ChannelKind)) {
      problems.push({
        path: 'kind',
        reason: `must be one of ${Object.keys(ChannelKind).join(', ')}`,
      });
    } else {
      kind = input.kind as ChannelKind;
      value.kind = kind;
    }
  } else if (given(input.kind) && input.kind !== storedKind) {
    problems.push({ path: 'kind', reason: 'cannot change: create another channel' });
  }

  if (mode === 'create' || input.name != null) {
    const name = (input.name ?? '').trim();
    if (!name) problems.push({ path: 'name', reason: 'must not be empty' });
    else if (name.length > CHANNEL_LIMITS.name)
      problems.push({ path: 'name', reason: `at most ${CHANNEL_LIMITS.name} characters` });
    else value.name = name;
  }

  const needsUrl = kind !== null && kind !== 'EMAIL';
  if (given(input.url)) {
    if (kind === 'EMAIL') problems.push({ path: 'url', reason: 'e-mail channels have no URL' });
    else {
      const url = checkUrl(input.url.trim(), allowHttpLocal);
      if (typeof url === 'string') value.url = url;
      else problems.push({ path: 'url', reason: url.reason });
    }
  } else if (mode === 'create' && needsUrl) {
    problems.push({ path: 'url', reason: 'must not be empty' });
  }

  if (given(input.secret)) {
    const s = input.secret;
    if (kind !== 'WEBHOOK')
      problems.push({ path: 'secret', reason: 'only generic webhooks are signed' });
    else if (s.length < CHANNEL_LIMITS.secretMin || s.length > CHANNEL_LIMITS.secretMax)
      problems.push({
        path: 'secret',
        reason: `from ${CHANNEL_LIMITS.secretMin} to ${CHANNEL_LIMITS.secretMax} characters`,
      });
    else value.secret = s;
  } else if (mode === 'create' && kind === 'WEBHOOK') {
    problems.push({ path: 'secret', reason: 'a generic webhook needs a signing secret' });
  }

  if (given(input.minSeverity)) {
    if (!(input.minSeverity in Severity))
      problems.push({
        path: 'minSeverity',
        reason: `must be one of ${Object.keys(Severity).join(', ')}`,
      });
    else value.minSeverity = input.minSeverity as Severity;
  }

  if (input.kinds != null) {
    const bad = input.kinds.filter((k) => !(k in AlertKind));
    if (input.kinds.length > Object.keys(AlertKind).length || bad.length)
      problems.push({
        path: 'kinds',
        reason: `each must be one of ${Object.keys(AlertKind).join(', ')}`,
      });
    else value.kinds = [...new Set(input.kinds as AlertKind[])];
  }

  if (given(input.emailTo)) {
    if (input.emailTo.length > CHANNEL_LIMITS.emailTo * (CHANNEL_LIMITS.email + 2))
      problems.push({ path: 'emailTo', reason: `at most ${CHANNEL_LIMITS.emailTo} addresses` });
    else if (kind !== 'EMAIL')
      problems.push({ path: 'emailTo', reason: 'only e-mail channels have recipients' });
    else {
      const list = [...new Set(input.emailTo.split(/[\s,;]+/).filter(Boolean))];
      const bad = list.filter((a) => a.length > CHANNEL_LIMITS.email || !EMAIL.test(a));
      if (list.length > CHANNEL_LIMITS.emailTo)
        problems.push({ path: 'emailTo', reason: `at most ${CHANNEL_LIMITS.emailTo} addresses` });
      else if (bad.length)
        problems.push({
          path: 'emailTo',
          reason: `not an e-mail address: ${bad.slice(0, 3).join(', ').slice(0, 200)}`,
        });
      else value.emailTo = list;
    }
  } else if (mode === 'create' && kind === 'EMAIL') {
    problems.push({ path: 'emailTo', reason: 'name at least one recipient' });
  }

  if (input.publicUrl !== undefined && input.publicUrl !== null) {
    const p = input.publicUrl.trim();
    if (p === '') value.publicUrl = null;
    else {
      try {
        const u = new URL(p);
        if ((u.protocol !== 'https:' && u.protocol !== 'http:') || p.length > CHANNEL_LIMITS.url)
          problems.push({ path: 'publicUrl', reason: 'must be an http(s) URL of the dashboard' });
        else value.publicUrl = `${u.origin}${u.pathname}`.replace(/\/+$/, '');
      } catch {
        problems.push({ path: 'publicUrl', reason: 'is not a URL' });
      }
    }
  }
  if (typeof input.enabled === 'boolean') value.enabled = input.enabled;
  if (typeof input.notifyOnAcknowledge === 'boolean')
    value.notifyOnAcknowledge = input.notifyOnAcknowledge;
  return { value, problems };
}

/** https only; http only to this machine, and only when NOTIFY_ALLOW_HTTP_LOCAL allows it. */
function checkUrl(raw: string, allowHttpLocal: boolean): string | { reason: string } {
  if (raw.length > CHANNEL_LIMITS.url)
    return { reason: `at most ${CHANNEL_LIMITS.url} characters` };
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { reason: 'is not a URL' };
  }
  if (u.username || u.password) return { reason: 'must not carry a user name or password' };
  if (u.protocol === 'https:') return u.toString();
  if (u.protocol === 'http:' && allowHttpLocal && LOCAL_HOSTS.includes(u.hostname))
    return u.toString();
  return {
    reason: allowHttpLocal
      ? 'must be https (http only to localhost or 127.0.0.1)'
      : 'must be https',
  };
}

/** The only part of a URL ever shown: its host, the middle masked (hooks.sl…ck.com). */
export function maskHost(url: string): string {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return '…';
  }
  if (host.length <= 8) return `${host.slice(0, 2)}…`;
  return `${host.slice(0, 4)}…${host.slice(-6)}`;
}
