import type { CheckDefinition, ExoAuthenticationPolicy, TenantView } from '../types.js';
import { CannotVerify, requireKey, requireList } from './shared.js';

const BASIC_FLAGS = ['AllowBasicAuthAutodiscover', 'AllowBasicAuthActiveSync', 'AllowBasicAuthOutlookService'] as const;

function exo(view: TenantView) {
  if (view.exchangeOnline.state !== 'PRESENT') throw new CannotVerify('Exchange Online data is not present');
  return view.exchangeOnline.data;
}

/** True when the policy turns Basic auth off for Autodiscover, ActiveSync and Outlook Service. */
export function exoPolicyBlocksBasic(policy: ExoAuthenticationPolicy): boolean {
  const name = policy.Name ?? '(unnamed policy)';
  return BASIC_FLAGS.every((flag) => requireKey(policy, flag, `authentication policy "${name}"`) === false);
}

export const exoAuthPolicyBlocksBasic: CheckDefinition = {
  id: 'EXO.AUTHPOL.BLOCKS_BASIC',
  title: 'An Exchange Online authentication policy blocks Basic auth for mobile protocols',
  severity: 'HIGH',
  sources: ['exchangeOnline'],
  description:
    'At least one authentication policy has AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all set to false.',
  rationale:
    'Seed article, step 1: create an authentication policy that disables Basic authentication for Autodiscover, ActiveSync and Outlook Service before assigning it to the pilot group.',
  remediation:
    'New-AuthenticationPolicy -Name "Block Basic Auth Mobile" -AllowBasicAuthActiveSync:$false -AllowBasicAuthAutodiscover:$false -AllowBasicAuthOutlookService:$false',
  evaluate(view) {
    const policies = requireList(exo(view).authenticationPolicies, 'Get-AuthenticationPolicy output');
    const rows = policies.map((p) => ({
      Name: p.Name ?? null,
      AllowBasicAuthAutodiscover: p.AllowBasicAuthAutodiscover,
      AllowBasicAuthActiveSync: p.AllowBasicAuthActiveSync,
      AllowBasicAuthOutlookService: p.AllowBasicAuthOutlookService,
      blocksBasic: exoPolicyBlocksBasic(p),
    }));
    const blocking = rows.filter((r) => r.blocksBasic);
    if (blocking.length > 0) {
      return {
        status: 'PASS',
        metric: blocking.length,
        summary: `${blocking.length} of ${rows.length} authentication policies block Basic auth for Autodiscover, ActiveSync and Outlook Service (${blocking.map((b) => b.Name).join(', ')}).`,
        evidence: { policies: rows },
      };
    }
    return {
      status: 'FAIL',
      metric: 0,
      summary:
        rows.length === 0
          ? 'There is no authentication policy at all, so nothing blocks Basic auth.'
          : `None of the ${rows.length} authentication policies blocks Basic auth for all of Autodiscover, ActiveSync and Outlook Service.`,
      evidence: { policies: rows },
    };
  },
};
