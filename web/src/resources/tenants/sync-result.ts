import { errorCodeOf, problemsOf } from '../../data/problems';
import type { RunStatus } from '../../gql/graphql';
import type { SyncResult } from '../../data/records';
import { truncate } from '../../posture/text';

export interface MessageLine {
  key: string;
  args?: Record<string, unknown>;
}

export interface SyncMessage {
  type: 'success' | 'warning' | 'error';
  lines: MessageLine[];
}

/** A long server error would fill the screen; the run's page has all of it. */
const ERROR_MAX = 200;

const errorArgs = (error: string | null) => ({ error: truncate(error ?? '', ERROR_MAX) || '—' });

function signInsLine(run: SyncResult['signIns']): MessageLine {
  if (!run) return { key: 'posture.sync.sign_ins_busy' };
  switch (run.status) {
    case 'SUCCEEDED':
      return {
        key: 'posture.sync.sign_ins_done',
        args: { smart_count: run.inserted, duplicates: run.duplicates },
      };
    case 'FAILED':
      return { key: 'posture.sync.sign_ins_failed', args: errorArgs(run.error) };
    case 'RUNNING':
      return { key: 'posture.sync.sign_ins_busy' };
  }
}

function snapshotLine(run: SyncResult['snapshot']): MessageLine {
  if (!run) return { key: 'posture.sync.snapshot_busy' };
  switch (run.status) {
    case 'SUCCEEDED':
      return { key: 'posture.sync.snapshot_done' };
    case 'FAILED':
      return { key: 'posture.sync.snapshot_failed', args: errorArgs(run.error) };
    case 'RUNNING':
      return { key: 'posture.sync.snapshot_busy' };
  }
}

/**
 * What `syncTenant` did, as notification lines: how many sign-ins were new, whether the
 * snapshot was stored, or why not. A run is null when another pull of that kind was running.
 * Success only when both pulls succeeded; an error when none did.
 */
export function syncMessage(result: SyncResult): SyncMessage {
  const statuses: Array<RunStatus | null> = [
    result.signIns?.status ?? null,
    result.snapshot?.status ?? null,
  ];
  const succeeded = statuses.filter((s) => s === 'SUCCEEDED').length;
  const failed = statuses.filter((s) => s === 'FAILED').length;
  const type = succeeded === 2 ? 'success' : succeeded === 0 && failed > 0 ? 'error' : 'warning';
  return {
    type,
    lines: [
      { key: `posture.sync.title_${type}` },
      signInsLine(result.signIns),
      snapshotLine(result.snapshot),
    ],
  };
}

/**
 * Why `syncTenant` was refused, as a translation key, when the dashboard can say it better
 * than the server's English: no connector yet, or no client secret stored. Null otherwise.
 */
export function syncRefusal(error: unknown): string | null {
  if (problemsOf(error).some((problem) => problem.path === 'clientSecret')) {
    return 'posture.sync.no_secret';
  }
  // The tenant page exists, so what was not found is its connector.
  if (errorCodeOf(error) === 'NOT_FOUND') return 'posture.sync.no_connector';
  return null;
}
