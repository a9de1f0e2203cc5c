/**
 * Graph `signIn.clientAppUsed` values, modern first (docs/domain.md 1.3). A free string in the
 * log, compared case-insensitively; any value not listed as modern counts as legacy. The stored
 * `sign_ins.is_legacy` column (migration 20261122040000_signins) computes the same rule in SQL;
 * client-apps.spec.ts holds the two together.
 */
export const CLIENT_APPS = [
  { name: 'Browser', legacy: false },
  { name: 'Mobile Apps and Desktop clients', legacy: false },
  { name: 'Exchange ActiveSync', legacy: true },
  { name: 'Autodiscover', legacy: true },
  { name: 'IMAP4', legacy: true },
  { name: 'POP3', legacy: true },
  { name: 'Authenticated SMTP', legacy: true },
  { name: 'Exchange Web Services', legacy: true },
  { name: 'MAPI Over HTTP', legacy: true },
  { name: 'Offline Address Book', legacy: true },
  { name: 'Outlook Anywhere (RPC over HTTP)', legacy: true },
  { name: 'Exchange Online PowerShell', legacy: true },
  { name: 'Reporting Web Services', legacy: true },
  { name: 'Universal Outlook', legacy: true },
  { name: 'Other clients', legacy: true },
] as const satisfies ReadonlyArray<{ name: string; legacy: boolean }>;

export type ClientApp = (typeof CLIENT_APPS)[number];

/** The legacy protocols Graph names, lower-cased as the SQL compares them. */
export const LEGACY_CLIENT_APPS: string[] = CLIENT_APPS.filter((a) => a.legacy).map((a) =>
  a.name.toLowerCase(),
);
