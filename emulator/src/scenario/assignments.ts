import type { UserProfile } from './tenant.js';
import { isActive, type DayState } from './timeline.js';

/** Policy names as the scenario's administrators created them. */
export const EXO_BLOCK_POLICY = 'Block Basic Auth';
export const EXO_EXCEPTION_POLICY = 'Basic auth exceptions (SMTP)';
export const ONPREM_BLOCK_POLICY = 'Block Legacy Auth';

/** Exchange Online `Get-User` → AuthenticationPolicy on a given day. */
export function exoUserPolicy(p: UserProfile, state: DayState): string | null {
  // Scripts keep SMTP AUTH through a per-user exception that still blocks ActiveSync etc.
  if (p.kind === 'service') return EXO_EXCEPTION_POLICY;
  if (p.kind !== 'member') return null;
  return p.wave >= 1 && p.wave <= state.wavesAssigned ? EXO_BLOCK_POLICY : null;
}

/** On-premises `Get-User` → AuthenticationPolicy (only mailboxes that live on-premises get it). */
export function onPremUserPolicy(p: UserProfile, state: DayState): string | null {
  if (p.kind !== 'member' || p.mailbox !== 'onPremises') return null;
  return p.wave >= 1 && p.wave <= state.wavesAssigned ? ONPREM_BLOCK_POLICY : null;
}

export function exoDefaultPolicy(state: DayState): string | null {
  return state.orgDefault ? EXO_BLOCK_POLICY : null;
}

export function onPremDefaultPolicy(state: DayState): string | null {
  return state.orgDefault ? ONPREM_BLOCK_POLICY : null;
}

/** CASMailbox.SmtpClientAuthenticationDisabled: $null (follow the org) unless the scanner's was re-enabled. */
export function smtpAuthDisabled(p: UserProfile, state: DayState): boolean | null {
  return p.kind === 'service' && p.script === 'smtp' && isActive(state, 'smtpAuthReenabled')
    ? false
    : null;
}
