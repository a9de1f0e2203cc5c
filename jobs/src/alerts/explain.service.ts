import { Inject, Injectable } from '@nestjs/common';
import type { Alert, CheckRun, DriftEvent } from '@posture/prisma';
import { canSee, type TenantScope } from '../scope.js';
import type { DriftItemRow } from './drift-alerts.js';
import { ExplainRepository, type ResultPair } from './explain.repository.js';
import type { AlertItem } from './regression.js';

/** At most this many drift events explain one alert. */
export const ALERT_DRIFT_LIMIT = 100;

/** What a run changed against the results before it (docs/architecture.md, "Run changes"). */
export interface RunChanges {
  /** Checks whose status or metric differs from their previous result, worst severity first. */
  checks: ResultPair[];
  /** How many of the run's checks had a previous result to compare with. */
  compared: number;
  /** The run most of the previous results came from (the newest), if any. */
  previousRunId: string | null;
  /** Alerts the run opened and those it resolved (by their check's result in this run). */
  opened: Alert[];
  resolved: Alert[];
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

/** Reads that explain: a run's changes, an alert's drift. Within the caller's scope. */
@Injectable()
export class ExplainService {
  constructor(@Inject(ExplainRepository) private readonly repo: ExplainRepository) {}

  /** `run` was read within `scope` by the caller; checked again here. */
  async runChanges(
    scope: TenantScope,
    run: Pick<CheckRun, 'tenantId' | 'id'>,
  ): Promise<RunChanges> {
    const none = { checks: [], compared: 0, previousRunId: null, opened: [], resolved: [] };
    if (!canSee(scope, run.tenantId)) return none;
    const pairs = await this.repo.resultPairs(run.tenantId, run.id);
    const ids = pairs.map((p) => p.afterResultId);
    const [opened, resolved] = await Promise.all([
      this.repo.openedBy(run.tenantId, ids),
      this.repo.resolvedBy(run.tenantId, ids),
    ]);
    const compared = pairs.filter((p) => p.beforeResultId !== null);
    const runs = new Map<string, number>();
    for (const p of compared) runs.set(p.beforeRunId!, (runs.get(p.beforeRunId!) ?? 0) + 1);
    const previousRunId = [...runs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const checks = compared
      .filter((p) => p.beforeStatus !== p.afterStatus || p.beforeMetric !== p.afterMetric)
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
          a.checkId.localeCompare(b.checkId),
      );
    return { checks, compared: compared.length, previousRunId, opened, resolved };
  }

  /**
   * The drift that explains an alert, newest first, at most ALERT_DRIFT_LIMIT. A DRIFT alert:
   * the events its items name. Any other: the changes of settings its check reads between the
   * snapshot its previous result read and the one its first result read (by capture time), or,
   * when a result read no snapshot (sign-in checks), those recorded between the two results.
   */
  async alertDrift(scope: TenantScope, alert: Alert): Promise<DriftEvent[]> {
    if (!canSee(scope, alert.tenantId)) return [];
    if (alert.kind === 'DRIFT') {
      const ids = (alert.items as unknown as AlertItem[])
        .map((i) => (i.row as Partial<DriftItemRow> | null)?.driftEventId)
        .filter((id): id is string => typeof id === 'string');
      return this.repo.driftByIds(alert.tenantId, ids, ALERT_DRIFT_LIMIT);
    }
    if (!alert.previousResultId || !alert.firstResultId) return [];
    const times = await this.repo.resultTimes(alert.tenantId, [
      alert.previousResultId,
      alert.firstResultId,
    ]);
    const before = times.get(alert.previousResultId);
    const first = times.get(alert.firstResultId);
    if (!before || !first) return [];
    const bySnapshot = before.snapshotCapturedAt && first.snapshotCapturedAt;
    return this.repo.driftOfCheck(
      alert.tenantId,
      alert.checkId,
      bySnapshot ? 'capturedAt' : 'detectedAt',
      bySnapshot ? before.snapshotCapturedAt! : before.evaluatedAt,
      bySnapshot ? first.snapshotCapturedAt! : first.evaluatedAt,
      ALERT_DRIFT_LIMIT,
    );
  }
}
