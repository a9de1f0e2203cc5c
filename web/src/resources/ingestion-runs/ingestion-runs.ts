import type { RunStatus } from '../../gql/graphql';

export type RunStatusColor = 'info' | 'success' | 'error';

const COLORS: Record<RunStatus, RunStatusColor> = {
  RUNNING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

export function runStatusColor(status: RunStatus): RunStatusColor {
  return COLORS[status];
}

/** How often a list showing a running pull asks again (pulls report progress page by page). */
export const RUNNING_POLL_MS = 3000;

/** Records as react-query holds them: a run's `status` is all that is read. */
type Runs = ReadonlyArray<object> | undefined;

const isRunning = (run: object) => 'status' in run && run.status === 'RUNNING';

export function anyRunning(runs: Runs): boolean {
  return runs?.some(isRunning) ?? false;
}

/** Every 3 seconds while one of the runs shown is still going, never otherwise. */
export function pollWhileRunning(runs: Runs): number | false {
  return anyRunning(runs) ? RUNNING_POLL_MS : false;
}

/** react-query `refetchInterval` for a list of runs (`getList`, `getManyReference`). */
export const refetchListWhileRunning = (query: { state: { data?: { data?: Runs } } }) =>
  pollWhileRunning(query.state.data?.data);

/** react-query `refetchInterval` for one run (`getOne`). */
export const refetchRecordWhileRunning = (query: { state: { data?: object } }) =>
  pollWhileRunning(query.state.data ? [query.state.data] : undefined);
