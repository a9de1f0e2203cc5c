import type {
  EntraUser,
  ExchangeOnPremisesData,
  ExchangeUser,
  OnPremAuthenticationPolicy,
  TenantView,
} from '../types.js';
import { coverageReason } from './coverage-messages.js';
import type { Message } from './messages.js';
import { onPremPolicyBlocksLegacy } from './onprem-authpol.js';
import { ExoDirectory, personKey, type Person } from './people.js';
import { findPolicy, lower, policyRef, requireKey, requireList, requireObject } from './shared.js';

/**
 * Coverage per mailbox location (docs/domain.md, "Where a mailbox lives"): a member is covered
 * when the policy in effect for them blocks legacy auth where their mailbox lives.
 *
 * - Exchange Online mailbox: the effective Exchange Online policy (own AuthenticationPolicy from
 *   Exchange Online Get-User, else OrganizationConfig.DefaultAuthenticationPolicy) has
 *   AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService false.
 * - On-premises mailbox: the effective on-premises policy (own AuthenticationPolicy from
 *   on-premises Get-User, set with Set-User -AuthenticationPolicy, else the on-premises
 *   OrganizationConfig.DefaultAuthenticationPolicy) has BlockLegacyAuthActiveSync and
 *   BlockLegacyAuthAutodiscover true.
 *   Set-AuthenticationPolicy: https://learn.microsoft.com/powershell/module/exchange/set-authenticationpolicy
 *   (the BlockLegacyAuth* switches exist only in Exchange Server 2019).
 * - No mailbox anywhere: counted apart (`withoutMailbox`), neither covered nor uncovered.
 */
export type MailboxLocation = 'ONLINE' | 'ON_PREMISES' | 'NONE';

/**
 * RecipientTypeDetails values, per side. Sources:
 * - RecipientTypeDetails enumeration (Microsoft.Exchange.Data.Directory.Recipient),
 *   https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/ff344739(v=exchg.150)
 * - Get-RemoteMailbox: "users in the on-premises organization that have associated mailboxes in
 *   the cloud-based service" — on-premises they are RemoteUserMailbox (Remote*Mailbox),
 *   https://learn.microsoft.com/en-us/powershell/module/exchange/get-remotemailbox
 * - In Exchange Online a user whose mailbox stays on-premises is a MailUser (a mail user whose
 *   external address routes to on-premises); RemoteUserMailbox there is read the same way.
 */
// Only mailboxes people sign in to: shared, room and equipment mailboxes count as no (user)
// mailbox, as ROLLOUT.ORG_COVERAGE always counted only UserMailbox.
const LOCAL_MAILBOX_TYPES = new Set(['UserMailbox', 'LinkedMailbox'].map(lower));
const ONPREM_REMOTE_TYPES = new Set(['RemoteUserMailbox'].map(lower));
const EXO_ONPREM_TYPES = new Set(['MailUser', 'RemoteUserMailbox'].map(lower));

/**
 * Where a mailbox lives, from the Exchange Online and on-premises RecipientTypeDetails of one
 * person (null: no such user on that side; `onPremKnown`: on-premises data was read).
 */
export function mailboxLocation(
  exoType: string | null,
  onPremType: string | null,
  onPremKnown: boolean,
): MailboxLocation {
  const exo = exoType === null ? null : lower(exoType);
  const onPrem = onPremType === null ? null : lower(onPremType);
  // On-premises is the authority for mailboxes in its own databases.
  if (onPrem !== null && LOCAL_MAILBOX_TYPES.has(onPrem)) return 'ON_PREMISES';
  if (exo !== null && LOCAL_MAILBOX_TYPES.has(exo)) return 'ONLINE';
  if (onPrem !== null && ONPREM_REMOTE_TYPES.has(onPrem)) return 'ONLINE';
  if (exo !== null && EXO_ONPREM_TYPES.has(exo)) {
    // A mail user the on-premises side knows, without a mailbox there, is only a mail user.
    if (onPremKnown && onPrem !== null) return 'NONE';
    return 'ON_PREMISES';
  }
  return 'NONE';
}

/**
 * Entra's onPremisesImmutableId of a user synchronised from Active Directory is, by default, the
 * base64 of the on-premises objectGUID's bytes in .NET order (Guid.ToByteArray: the first three
 * fields little-endian). Microsoft Entra Connect: Design concepts (sourceAnchor),
 * https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/plan-connect-design-concepts
 */
export function immutableIdOfGuid(guid: string): string | null {
  const hex = guid.trim().replace(/^\{|\}$/g, '');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(hex)) return null;
  const h = hex.replace(/-/g, '');
  const bytes = (s: string) => s.match(/../g)!.map((b) => parseInt(b, 16));
  const ordered = [
    ...bytes(h.slice(0, 8)).reverse(),
    ...bytes(h.slice(8, 12)).reverse(),
    ...bytes(h.slice(12, 16)).reverse(),
    ...bytes(h.slice(16)),
  ];
  let bin = '';
  for (const b of ordered) bin += String.fromCharCode(b);
  return btoa(bin);
}

export type PolicySource =
  | 'user'
  | 'organizationDefault'
  | 'none'
  | 'noExchangeUser'
  | 'noOnPremisesUser'
  | 'onPremisesUnknown';

/** One member judged where their mailbox lives. */
export interface MemberCoverage {
  userPrincipalName: string;
  mailboxLocation: MailboxLocation;
  /** false for NONE too; such members are counted apart. */
  covered: boolean;
  reason: string | null;
  /** The reason as a message (coverage-messages.ts); null when covered or without a mailbox. */
  reasonMessage: Message | null;
  effectivePolicy: string | null;
  policySource: PolicySource | null;
}

export interface MailboxCoverage {
  /** Every member, mailbox or not. */
  members: number;
  covered: number;
  withoutMailbox: number;
  /** covered / (members − withoutMailbox); null when nobody has a mailbox. */
  coverage: number | null;
  uncovered: Array<MemberCoverage & { reason: string }>;
  rows: MemberCoverage[];
}

export function summarize(rows: readonly MemberCoverage[]): MailboxCoverage {
  const withoutMailbox = rows.filter((r) => r.mailboxLocation === 'NONE').length;
  const covered = rows.filter((r) => r.covered).length;
  const withMailbox = rows.length - withoutMailbox;
  return {
    members: rows.length,
    covered,
    withoutMailbox,
    coverage: withMailbox === 0 ? null : covered / withMailbox,
    uncovered: rows.filter(
      (r): r is MemberCoverage & { reason: string } =>
        r.mailboxLocation !== 'NONE' && !r.covered && r.reason !== null,
    ),
    rows: [...rows],
  };
}

type OnPremSide =
  { state: 'PRESENT'; data: ExchangeOnPremisesData } | { state: 'ABSENT' | 'STALE' };

/** On-premises Get-User joined by objectGUID (as Entra's onPremisesImmutableId) and by UPN. */
class OnPremDirectory {
  private index: { byImmutableId: Map<string, ExchangeUser>; byUpn: Map<string, ExchangeUser> };
  private orgDefault: { name: string | null; policy: OnPremAuthenticationPolicy | null } | null =
    null;
  private readonly policies: OnPremAuthenticationPolicy[];

  constructor(private readonly data: ExchangeOnPremisesData) {
    const users = requireList(data.users, 'on-premises Get-User output');
    this.policies = data.authenticationPolicies ?? [];
    const byImmutableId = new Map<string, ExchangeUser>();
    const byUpn = new Map<string, ExchangeUser>();
    for (const u of users) {
      const immutable = typeof u.Guid === 'string' ? immutableIdOfGuid(u.Guid) : null;
      if (immutable && !byImmutableId.has(immutable)) byImmutableId.set(immutable, u);
      if (typeof u.UserPrincipalName === 'string' && u.UserPrincipalName.trim() !== '') {
        const upn = lower(u.UserPrincipalName);
        if (!byUpn.has(upn)) byUpn.set(upn, u);
      }
    }
    this.index = { byImmutableId, byUpn };
  }

  find(immutableId: string | null, upn: string | null): ExchangeUser | undefined {
    return (
      (immutableId ? this.index.byImmutableId.get(immutableId) : undefined) ??
      (upn ? this.index.byUpn.get(upn) : undefined)
    );
  }

  upns(): IterableIterator<[string, ExchangeUser]> {
    return this.index.byUpn.entries();
  }

  private organizationDefault() {
    if (this.orgDefault) return this.orgDefault;
    const org = requireObject(
      this.data.organizationConfig,
      'on-premises Get-OrganizationConfig output',
    );
    const ref = policyRef(
      requireKey(org, 'DefaultAuthenticationPolicy', 'on-premises Get-OrganizationConfig output'),
    );
    this.orgDefault =
      ref === null
        ? { name: null, policy: null }
        : {
            name: ref,
            policy: findPolicy(this.policies, ref, 'the on-premises DefaultAuthenticationPolicy'),
          };
    return this.orgDefault;
  }

  judge(user: ExchangeUser, upn: string): MemberCoverage {
    const own = policyRef(
      requireKey(user, 'AuthenticationPolicy', `on-premises user "${user.UserPrincipalName}"`),
    );
    const eff =
      own !== null
        ? {
            source: 'user' as const,
            name: own,
            policy: findPolicy(
              this.policies,
              own,
              `the on-premises AuthenticationPolicy of user "${upn}"`,
            ),
          }
        : { source: 'organizationDefault' as const, ...this.organizationDefault() };
    const base = { userPrincipalName: upn, mailboxLocation: 'ON_PREMISES' as const };
    if (eff.policy && onPremPolicyBlocksLegacy(eff.policy))
      return {
        ...base,
        covered: true,
        reason: null,
        reasonMessage: null,
        effectivePolicy: eff.name,
        policySource: eff.source,
      };
    if (eff.name === null)
      return {
        ...base,
        covered: false,
        ...coverageReason('onprem_no_policy'),
        effectivePolicy: null,
        policySource: 'none',
      };
    return {
      ...base,
      covered: false,
      ...coverageReason(
        eff.source === 'user' ? 'onprem_own_policy_allows' : 'onprem_default_allows',
        { policy: eff.name },
      ),
      effectivePolicy: eff.name,
      policySource: eff.source,
    };
  }
}

/** Members joined across Entra, Exchange Online and on-premises, judged where their mailbox lives. */
export class MailboxDirectory {
  private readonly onPrem: OnPremDirectory | null;
  private readonly immutableIds = new Map<string, string>();

  constructor(
    private readonly exo: ExoDirectory,
    private readonly onPremSide: OnPremSide,
    entraUsers: readonly EntraUser[] = [],
  ) {
    this.onPrem = onPremSide.state === 'PRESENT' ? new OnPremDirectory(onPremSide.data) : null;
    for (const u of entraUsers) {
      const imm = u.onPremisesImmutableId;
      if (typeof u.id === 'string' && typeof imm === 'string' && imm.trim() !== '')
        this.immutableIds.set(lower(u.id), imm.trim());
    }
  }

  /** Exchange Online must be present (the checks gate it); on-premises and Entra users may not be. */
  static of(view: TenantView): MailboxDirectory {
    const onPrem: OnPremSide =
      view.exchangeOnPremises.state === 'PRESENT'
        ? { state: 'PRESENT', data: view.exchangeOnPremises.data }
        : { state: view.exchangeOnPremises.state };
    const entraUsers = view.entra.state === 'PRESENT' ? (view.entra.data.users ?? []) : [];
    return new MailboxDirectory(ExoDirectory.of(view), onPrem, entraUsers);
  }

  private immutableIdOf(person: Person): string | null {
    return person.id ? (this.immutableIds.get(person.id) ?? null) : null;
  }

  judge(person: Person): MemberCoverage {
    const exoUser = this.exo.find(person);
    const immutableId = this.immutableIdOf(person);
    const upn =
      person.upn ??
      (typeof exoUser?.UserPrincipalName === 'string' ? lower(exoUser.UserPrincipalName) : null);
    const onPremUser = this.onPrem?.find(immutableId, upn);
    const exoType = exoUser
      ? (requireKey(exoUser, 'RecipientTypeDetails', `Exchange Online user "${upn}"`) ?? '')
      : null;
    const onPremType = onPremUser ? (onPremUser.RecipientTypeDetails ?? '') : null;
    const location = mailboxLocation(exoType, onPremType, this.onPrem !== null);
    const name = upn ?? personKey(person);
    if (location === 'NONE')
      return {
        userPrincipalName: name,
        mailboxLocation: 'NONE',
        covered: false,
        reason: null,
        reasonMessage: null,
        effectivePolicy: null,
        policySource: null,
      };
    if (location === 'ONLINE') {
      if (!exoUser)
        return {
          userPrincipalName: name,
          mailboxLocation: 'ONLINE',
          covered: false,
          ...coverageReason('exo_mailbox_no_user'),
          effectivePolicy: null,
          policySource: 'noExchangeUser',
        };
      const miss = this.exo.uncoveredReason(exoUser);
      const eff = this.exo.effectivePolicy(exoUser);
      return {
        userPrincipalName: name,
        mailboxLocation: 'ONLINE',
        covered: miss === null,
        reason: miss?.reason ?? null,
        reasonMessage: miss?.reasonMessage ?? null,
        effectivePolicy: eff.name,
        policySource: eff.source,
      };
    }
    if (!this.onPrem)
      return {
        userPrincipalName: name,
        mailboxLocation: 'ON_PREMISES',
        covered: false,
        ...coverageReason(
          this.onPremSide.state === 'STALE' ? 'onprem_data_stale' : 'onprem_data_missing',
        ),
        effectivePolicy: null,
        policySource: 'onPremisesUnknown',
      };
    if (!onPremUser)
      return {
        userPrincipalName: name,
        mailboxLocation: 'ON_PREMISES',
        covered: false,
        ...coverageReason('onprem_no_user'),
        effectivePolicy: null,
        policySource: 'noOnPremisesUser',
      };
    return this.onPrem.judge(onPremUser, name);
  }

  coverageOf(people: readonly Person[]): MailboxCoverage {
    return summarize(people.map((p) => this.judge(p)));
  }

  /**
   * The whole organization: each Exchange Online user, and each on-premises user no Exchange
   * Online user has the UPN of; those without a mailbox are counted apart.
   */
  everyone(): MailboxCoverage {
    const people: Person[] = [];
    const seen = new Set<ExchangeUser>();
    for (const u of this.exo.allUsers()) {
      const upn = requireKey(u, 'UserPrincipalName', 'an Exchange Online user');
      const id = u.ExternalDirectoryObjectId;
      const p: Person = {
        id: typeof id === 'string' && id.trim() !== '' ? lower(id) : null,
        upn: typeof upn === 'string' && upn.trim() !== '' ? lower(upn) : null,
      };
      const onPremUser = this.onPrem?.find(this.immutableIdOf(p), p.upn);
      if (onPremUser) seen.add(onPremUser);
      people.push(p);
    }
    if (this.onPrem) {
      for (const [upn, u] of this.onPrem.upns()) {
        if (!seen.has(u)) people.push({ id: null, upn });
      }
    }
    return this.coverageOf(people);
  }
}
