import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import {
  blockingExoPolicy,
  DAY,
  exoUser,
  group,
  itemWaiver,
  member,
  wave,
} from '../testing/fixtures.js';
import { makeView, NOW } from '../testing/view-factory.js';
import type { RolloutWaveView, WaiverView } from '../types.js';
import { rolloutSchedule as check } from './rollout.js';

const past = new Date(NOW.getTime() - 7 * DAY);
const future = new Date(NOW.getTime() + 7 * DAY);

function view(waves: RolloutWaveView[], waivers: WaiverView[] = []) {
  return makeView({
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [blockingExoPolicy('Block Basic Auth')],
      users: [
        exoUser('a@contoso.com', { policy: 'Block Basic Auth' }),
        exoUser('b@contoso.com'),
        exoUser('c@contoso.com'),
      ],
    },
    entra: {
      groups: [
        group('g1', [member('a@contoso.com')]),
        group('g2', [member('a@contoso.com'), member('b@contoso.com')]),
        group('g3', [member('c@contoso.com')]),
      ],
    },
    waves,
    waivers,
  });
}

describe('ROLLOUT.SCHEDULE', () => {
  it('passes when every wave past its planned date is fully covered and later ones are not yet due', () => {
    const r = evaluateCheck(
      check,
      view([
        wave({ name: 'Pilot', groupId: 'g1', order: 1, plannedAt: past }),
        wave({ name: 'Wave 2', groupId: 'g2', order: 2, plannedAt: future }),
      ]),
    );
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(0);
  });

  it('passes when no wave has a planned date in the past', () => {
    const r = evaluateCheck(
      check,
      view([wave({ groupId: 'g2', plannedAt: null }), wave({ groupId: 'g3', plannedAt: future })]),
    );
    expect(r.status).toBe('PASS');
    expect(r.summary).toMatch(/No wave has reached its planned date/);
  });

  it('warns naming a late wave and its coverage', () => {
    const r = evaluateCheck(
      check,
      view([
        wave({ name: 'Pilot', groupId: 'g1', order: 1, plannedAt: past }),
        wave({ name: 'Wave 2', groupId: 'g2', order: 2, plannedAt: past }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(1);
    expect(r.summary).toBe('1 wave is late: "Wave 2" (1/2, 50.0%).');
  });

  it('is not applicable when the tenant has no rollout wave', () => {
    expect(evaluateCheck(check, view([])).status).toBe('NOT_APPLICABLE');
  });

  it('is an error when a due wave names a group that is not in the snapshot', () => {
    const r = evaluateCheck(check, view([wave({ groupId: 'g-missing', plannedAt: past })]));
    expect(r.status).toBe('ERROR');
  });

  it('is waived when every uncovered member of the late waves is waived', () => {
    const r = evaluateCheck(
      check,
      view(
        [wave({ name: 'Wave 2', groupId: 'g2', plannedAt: past })],
        [itemWaiver(check.id, ['b@contoso.com'])],
      ),
    );
    expect(r.status).toBe('WAIVED');
  });
});
