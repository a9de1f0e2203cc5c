import type { Prisma } from '@posture/prisma';
import { checkMessages, type Message, type MessageParam } from '../checks/catalogue/messages.js';

/**
 * What a pull writes on its ingestion run, as messages (code + params): the English goes to
 * `progress` / `error`, the message to `progressMessage` / `errorMessage`, which the web words in
 * the reader's language (templates: web/src/i18n/generated/checks.ts, like the check summaries).
 * What Microsoft answered (an HTTP error's text) stays a parameter, as Microsoft wrote it.
 */
const ingest = checkMessages('INGEST', {
  nothing: '',
  starting: 'starting',
  failed_after: 'failed after %{pages} page(s)',
  signins_page: '%{label} sign-ins: page %{page}, %{received} events read%{refused}',
  interactive: 'interactive',
  non_interactive: 'non-interactive',
  refused: ', %{count} refused',
  signins_done: 'done: %{accepted} new, %{duplicates} already stored%{refused}',
  step_exo_config: 'Exchange Online: authentication policies, organization, transport',
  step_exo_users: 'Exchange Online: users and CAS mailboxes',
  step_entra_ca: 'Entra: Conditional Access policies, users, groups',
  step_entra_references: 'Entra: named locations, authentication strengths, Security Defaults',
  step_entra_service_principal: 'Entra: Exchange Online service principal',
  step_intune: 'Intune: app protection policies',
  step_group_members: 'Entra: members of %{group}',
  snapshot_done:
    'done: %{mailboxes} mailboxes, %{policies} CA policies, %{groups} groups%{appProtection}',
  app_protection_not_read:
    '; app protection policies not read (403: grant DeviceManagementApps.Read.All)',
  interrupted:
    'interrupted: the process stopped before the pull finished (it resumes from the last complete point)',
  error: '%{reason}',
});

export type IngestKey = Parameters<typeof ingest.part>[0];

/** A nested part (a label, "N refused"). */
export const ingestPart = (key: IngestKey, params: Record<string, MessageParam> = {}): Message =>
  ingest.part(key, params);

/** `N refused`, or nothing. */
export const refusedPart = (count: number): Message =>
  count ? ingest.part('refused', { count }) : ingest.part('nothing');

/** The run's progress: the English line and its message, to spread into an update. */
export function progress(
  key: IngestKey,
  params: Record<string, MessageParam> = {},
): { progress: string; progressMessage: Prisma.InputJsonValue } {
  const { summary, message } = ingest.say(key, params);
  return { progress: summary, progressMessage: message as unknown as Prisma.InputJsonValue };
}

/** The run's error: the English text and its message. */
export function runError(
  key: IngestKey,
  params: Record<string, MessageParam> = {},
  maxChars = 2000,
): { error: string; errorMessage: Prisma.InputJsonValue } {
  const { summary, message } = ingest.say(key, params);
  return {
    error: summary.slice(0, maxChars),
    errorMessage: message as unknown as Prisma.InputJsonValue,
  };
}
