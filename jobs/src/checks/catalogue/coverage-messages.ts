import { checkMessages, type Message, type MessageParam } from './messages.js';

/**
 * Why a member is not covered (people.ts, mailbox-coverage.ts), as messages: the English goes to
 * the evidence row's `reason` (as before, and to the rollout CSV), the message to its
 * `reasonMessage`, which the evidence tables carry for the web to word in the reader's language.
 */
const coverage = checkMessages('COVERAGE', {
  exo_own_policy_allows: 'own authentication policy "%{policy}" allows Basic auth',
  exo_default_allows: 'organization default "%{policy}" allows Basic auth',
  exo_no_policy: 'no own authentication policy and no organization default',
  exo_no_user: 'no Exchange Online user matches this group member',
  exo_mailbox_no_user:
    'Exchange Online mailbox (per on-premises RemoteUserMailbox), but no Exchange Online user matches',
  onprem_no_policy: 'on-premises mailbox: no own authentication policy and no on-premises default',
  onprem_own_policy_allows:
    'on-premises mailbox: own on-premises policy "%{policy}" does not block legacy auth for ActiveSync and Autodiscover',
  onprem_default_allows:
    'on-premises mailbox: on-premises default "%{policy}" does not block legacy auth for ActiveSync and Autodiscover',
  onprem_data_stale:
    'on-premises mailbox, but the on-premises data is stale, so its policy is unknown',
  onprem_data_missing:
    'on-premises mailbox, but the on-premises data is missing, so its policy is unknown',
  onprem_no_user: 'on-premises mailbox, but no on-premises user matches this member',
});

export type CoverageReasonKey = Parameters<typeof coverage.part>[0];

/** A reason, in English (`reason`) and as a message (`reasonMessage`). */
export function coverageReason(
  key: CoverageReasonKey,
  params: Record<string, MessageParam> = {},
): { reason: string; reasonMessage: Message } {
  const { summary, message } = coverage.say(key, params);
  return { reason: summary, reasonMessage: message };
}
