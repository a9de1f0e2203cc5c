import type { AlertState } from '@posture/prisma';
import { DomainError, NotFound } from '../errors.js';

/** An alert the caller cannot see answers exactly like one that does not exist. */
export class AlertNotFound extends NotFound {
  constructor(ids: readonly string[]) {
    super(`alert ${ids.join(', ')}`);
  }
}

/**
 * Acknowledging or resolving an alert whose state does not allow it (acknowledge: OPEN only;
 * resolve: OPEN or ACKNOWLEDGED). Names each alert and its state; nothing was changed.
 */
export class InvalidAlertTransition extends DomainError {
  constructor(
    action: 'acknowledge' | 'resolve',
    offending: ReadonlyArray<{ id: string; state: AlertState }>,
  ) {
    super(
      'CONFLICT',
      `cannot ${action}: ${offending.map((a) => `alert ${a.id} is ${a.state}`).join('; ')}`,
      offending.map((a) => ({ path: 'ids', reason: `alert ${a.id} is ${a.state}` })),
      {
        code: 'ALERT_STATE',
        params: {
          action,
          alerts: offending.map((a) => a.id),
          states: [...new Set(offending.map((a) => a.state))],
        },
      },
    );
    this.name = 'InvalidAlertTransition';
  }
}
