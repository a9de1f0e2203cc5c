import { checkMessages, type Message, type MessageParam } from '../checks/catalogue/messages.js';

/**
 * A drift event's one line for people, as a message (code + params): the English goes to
 * `summary`, the message to `message`, which the web words in the reader's language (templates:
 * web/src/i18n/generated/checks.ts, like the check summaries). Setting names, values and the
 * names of policies, groups and users stay parameters, as the tenant wrote them.
 */
const drift = checkMessages('DRIFT', {
  // `AllowBasicAuthPop: false → true`
  setting: '%{field}: %{before} → %{after}',
  // `excludeGroups + Finance − HR` (the +/− parts are names, joined by the diff)
  list: '%{field} %{changes}',
  // A change inside a named object: `"Block legacy" excludeGroups + Finance`
  within: '"%{within}" %{change}',
  added: '%{collection}: "%{label}" added',
  removed: '%{collection}: "%{label}" removed',
  ca_policy_added: 'Conditional Access policy "%{name}" added',
  ca_policy_removed: 'Conditional Access policy "%{name}" removed',
  named_location_added: 'Named location "%{name}" added',
  named_location_removed: 'Named location "%{name}" removed',
  app_protection_added: 'App protection policy "%{name}" added',
  app_protection_removed: 'App protection policy "%{name}" removed',
  member_added: '%{member} added to %{group}',
  member_removed: '%{member} removed from %{group}',
});

export type DriftMessageKey = Parameters<typeof drift.part>[0];

export const driftMessage = (
  key: DriftMessageKey,
  params: Record<string, MessageParam> = {},
): Message => drift.part(key, params);

/** Every drift code (for specs). */
export const DRIFT_MESSAGE_CODES: readonly string[] = drift.codes;
