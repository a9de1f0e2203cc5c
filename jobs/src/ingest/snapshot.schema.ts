import { z } from 'zod';
import { formatPath, type InputProblem } from '../errors.js';

/**
 * The push body of POST /api/v1/tenants/{id}/snapshots (docs/api.md). Field names are the cmdlet
 * and Graph ones. Known fields are type-checked; unknown fields are kept (loose objects) and
 * ignored by checks. Known fields may be absent: a check that needs one answers ERROR, which
 * tells the operator the collector is broken, instead of the whole snapshot being refused.
 *
 * These schemas are also the checks' types (z.infer below, re-exported by checks/types.ts): what
 * a check reads is exactly what ingestion accepted.
 */
const bool = z.boolean().nullable().optional();
const str = z.string().nullable().optional();
const list = <T extends z.ZodType>(item: T) => z.array(item).optional();
const obj = <S extends z.ZodRawShape>(shape: S) => z.looseObject(shape);

const isoDate = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
      !Number.isNaN(Date.parse(s)),
    {
      message: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-11-20T06:00:00Z',
    },
  );

const policyNames = {
  Name: z.string().optional(),
  Identity: str,
  DistinguishedName: str,
  Guid: str,
};

const exoAuthenticationPolicy = obj({
  ...policyNames,
  AllowBasicAuthActiveSync: bool,
  AllowBasicAuthAutodiscover: bool,
  AllowBasicAuthImap: bool,
  AllowBasicAuthMapi: bool,
  AllowBasicAuthOfflineAddressBook: bool,
  AllowBasicAuthOutlookService: bool,
  AllowBasicAuthPop: bool,
  AllowBasicAuthReportingWebServices: bool,
  AllowBasicAuthRest: bool,
  AllowBasicAuthRpc: bool,
  AllowBasicAuthSmtp: bool,
  AllowBasicAuthWebServices: bool,
  AllowBasicAuthPowershell: bool,
});

const onPremAuthenticationPolicy = obj({
  ...policyNames,
  BlockLegacyAuthActiveSync: bool,
  BlockLegacyAuthAutodiscover: bool,
  BlockLegacyAuthImap: bool,
  BlockLegacyAuthMapi: bool,
  BlockLegacyAuthOfflineAddressBook: bool,
  BlockLegacyAuthPop: bool,
  BlockLegacyAuthRpc: bool,
  BlockLegacyAuthWebServices: bool,
});

const exchangeUser = obj({
  UserPrincipalName: z.string().optional(),
  // On-premises Get-User: the AD objectGUID, joined to Entra's onPremisesImmutableId.
  Guid: str,
  ExternalDirectoryObjectId: str,
  AuthenticationPolicy: str,
  RecipientTypeDetails: str,
});

const exchangeOnline = z.strictObject({
  organizationConfig: obj({
    DefaultAuthenticationPolicy: str,
    OAuth2ClientProfileEnabled: bool,
  }).optional(),
  authenticationPolicies: list(exoAuthenticationPolicy),
  users: list(exchangeUser),
  transportConfig: obj({ SmtpClientAuthenticationDisabled: bool }).optional(),
  casMailboxes: list(
    obj({ UserPrincipalName: z.string().optional(), SmtpClientAuthenticationDisabled: bool }),
  ),
});

const accessLevel = z.enum(['Allow', 'Block', 'Quarantine']);

const exchangeOnPremises = z.strictObject({
  organizationConfig: obj({
    OAuth2ClientProfileEnabled: bool,
    DefaultAuthenticationPolicy: str,
  }).optional(),
  authenticationPolicies: list(onPremAuthenticationPolicy),
  users: list(exchangeUser),
  activeSyncOrganizationSettings: obj({
    DefaultAccessLevel: accessLevel.nullable().optional(),
  }).optional(),
  activeSyncDeviceAccessRules: list(
    obj({
      Name: str,
      Characteristic: z
        .enum(['DeviceModel', 'DeviceType', 'DeviceOS', 'UserAgent', 'XMSWLHeader'])
        .optional(),
      QueryString: z.string().optional(),
      AccessLevel: accessLevel.optional(),
    }),
  ),
  mobileDevices: list(
    obj({
      DeviceId: z.string().optional(),
      UserDisplayName: str,
      DeviceType: str,
      DeviceModel: str,
      DeviceUserAgent: str,
      ClientType: str,
      DeviceAccessState: str,
      DeviceAccessStateReason: str,
      DeviceActiveSyncVersion: str,
      FirstSyncTime: isoDate.nullable().optional(),
      LastSuccessSync: isoDate.nullable().optional(),
    }),
  ),
  authServers: list(
    obj({
      Name: z.string().optional(),
      Type: str,
      Enabled: bool,
      IsDefaultAuthorizationEndpoint: bool,
    }),
  ),
  virtualDirectories: list(
    obj({
      Kind: z.enum(['ActiveSync', 'Autodiscover', 'WebServices', 'Mapi', 'OAB']),
      Server: z.string().min(1),
      OAuthAuthentication: bool,
    }),
  ),
});

const stringList = z.array(z.string()).optional();

/** Graph's `conditionalAccessGuestsOrExternalUsers` (the flags are one comma-joined string). */
const guestsOrExternalUsers = obj({ guestOrExternalUserTypes: str }).nullable().optional();
/** Graph's `conditionalAccessFilter`: a device, application or service principal rule. */
const caFilter = obj({ mode: str, rule: str }).nullable().optional();

const conditionalAccessPolicy = obj({
  id: z.string().optional(),
  displayName: z.string().optional(),
  state: z.enum(['enabled', 'disabled', 'enabledForReportingButNotEnforced']).optional(),
  conditions: obj({
    users: obj({
      includeUsers: stringList,
      excludeUsers: stringList,
      includeGroups: stringList,
      excludeGroups: stringList,
      includeRoles: stringList,
      excludeRoles: stringList,
      includeGuestsOrExternalUsers: guestsOrExternalUsers,
      excludeGuestsOrExternalUsers: guestsOrExternalUsers,
    })
      .nullable()
      .optional(),
    applications: obj({
      includeApplications: stringList,
      excludeApplications: stringList,
      includeUserActions: stringList,
      includeAuthenticationContextClassReferences: stringList,
      applicationFilter: caFilter,
    })
      .nullable()
      .optional(),
    clientAppTypes: stringList,
    platforms: obj({ includePlatforms: stringList, excludePlatforms: stringList })
      .nullable()
      .optional(),
    locations: obj({ includeLocations: stringList, excludeLocations: stringList })
      .nullable()
      .optional(),
    signInRiskLevels: stringList,
    userRiskLevels: stringList,
    servicePrincipalRiskLevels: stringList,
    insiderRiskLevels: str,
    devices: obj({ deviceFilter: caFilter }).nullable().optional(),
    clientApplications: obj({
      includeServicePrincipals: stringList,
      excludeServicePrincipals: stringList,
      servicePrincipalFilter: caFilter,
    })
      .nullable()
      .optional(),
    authenticationFlows: obj({ transferMethods: str }).nullable().optional(),
  })
    .nullable()
    .optional(),
  grantControls: obj({
    operator: z.string().optional(),
    builtInControls: stringList,
    customAuthenticationFactors: stringList,
    termsOfUse: stringList,
    authenticationStrength: obj({
      id: z.string().max(200).optional(),
      displayName: str,
      allowedCombinations: stringList,
    })
      .nullable()
      .optional(),
  })
    .nullable()
    .optional(),
});

/**
 * GET /identity/conditionalAccess/namedLocations: IP and country locations. Entra allows 195 IP
 * locations (docs/domain.md 2.5); country ones are not counted there, so the cap is generous.
 */
const namedLocation = obj({
  '@odata.type': z.string().max(200).optional(),
  id: z.string().min(1).max(200),
  displayName: str,
  isTrusted: bool,
  ipRanges: z
    .array(obj({ cidrAddress: str }))
    .max(2000)
    .optional(),
  countriesAndRegions: z.array(z.string().max(10)).max(300).optional(),
  includeUnknownCountriesAndRegions: bool,
});

/** GET /identity/conditionalAccess/authenticationStrength/policies (3 built-in + 15 custom). */
const authenticationStrengthPolicy = obj({
  id: z.string().min(1).max(200),
  displayName: str,
  policyType: str,
  requirementsSatisfied: str,
  allowedCombinations: z.array(z.string().max(300)).max(100).optional(),
});

/** GET /policies/identitySecurityDefaultsEnforcementPolicy. */
const securityDefaults = obj({
  id: z.string().max(200).optional(),
  displayName: str,
  isEnabled: z.boolean().nullable().optional(),
});

/**
 * GET /deviceAppManagement/iosManagedAppProtections and …/androidManagedAppProtections with
 * `$expand=apps,assignments` (docs/domain.md 7.8): "List iosManagedAppProtections"
 * (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list),
 * managedMobileApp (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp),
 * targetedManagedAppPolicyAssignment
 * (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment).
 * `apps` and `assignments` are navigation properties: absent when not expanded, and the check
 * then cannot verify the policy.
 */
const managedAppProtection = obj({
  '@odata.type': z.string().max(200).optional(),
  id: z.string().min(1).max(200),
  displayName: str,
  isAssigned: bool,
  apps: z
    .array(
      obj({
        id: str,
        mobileAppIdentifier: obj({
          '@odata.type': z.string().max(200).optional(),
          bundleId: str,
          packageId: str,
        })
          .nullable()
          .optional(),
      }),
    )
    .max(5000)
    .optional(),
  assignments: z
    .array(
      obj({
        id: str,
        target: obj({
          '@odata.type': z.string().max(200).optional(),
          groupId: str,
        })
          .nullable()
          .optional(),
      }),
    )
    .max(1000)
    .optional(),
});

const entra = z.strictObject({
  conditionalAccessPolicies: list(conditionalAccessPolicy),
  namedLocations: z.array(namedLocation).max(1000).optional(),
  authenticationStrengthPolicies: z.array(authenticationStrengthPolicy).max(100).optional(),
  securityDefaults: securityDefaults.nullable().optional(),
  // Intune app protection; absent = not read (no permission or an older collector).
  iosManagedAppProtections: z.array(managedAppProtection).max(1000).optional(),
  androidManagedAppProtections: z.array(managedAppProtection).max(1000).optional(),
  users: list(
    obj({
      id: z.string().optional(),
      userPrincipalName: z.string().optional(),
      accountEnabled: bool,
      onPremisesImmutableId: str,
    }),
  ),
  groups: list(
    obj({
      id: z.string().min(1),
      displayName: z.string().optional(),
      // true: `members` is Graph's /transitiveMembers (nested groups' users already listed).
      membersTransitive: z.boolean().optional(),
      members: list(
        obj({
          id: z.string().optional(),
          userPrincipalName: str,
          '@odata.type': z.string().optional(),
        }),
      ),
    }),
  ),
});

/** The snapshot sources, by their key in the push body and in `snapshots.sources`. */
export const SNAPSHOT_SOURCES = ['exchangeOnline', 'exchangeOnPremises', 'entra'] as const;
export type SnapshotSourceName = (typeof SNAPSHOT_SOURCES)[number];

export type ExchangeOnlineData = z.infer<typeof exchangeOnline>;
export type ExchangeOnPremisesData = z.infer<typeof exchangeOnPremises>;
export type EntraData = z.infer<typeof entra>;

// `satisfies` keeps the body's source keys and SNAPSHOT_SOURCES the same set.
const sourcesShape = {
  exchangeOnline: exchangeOnline.optional(),
  exchangeOnPremises: exchangeOnPremises.optional(),
  entra: entra.optional(),
} satisfies Record<SnapshotSourceName, z.ZodType>;

export const snapshotBodySchema = z
  .strictObject({ capturedAt: isoDate, ...sourcesShape })
  .refine((b) => b.exchangeOnline || b.exchangeOnPremises || b.entra, {
    message: 'a snapshot must carry at least one of exchangeOnline, exchangeOnPremises, entra',
  });

export type SnapshotBody = z.infer<typeof snapshotBodySchema>;

export type SnapshotValidation =
  | { ok: true; body: SnapshotBody; sources: SnapshotSourceName[]; capturedAt: Date }
  | { ok: false; problems: InputProblem[] };

/** Validates a snapshot body, naming the JSON path and reason of every problem. */
export function validateSnapshot(input: unknown, now: Date = new Date()): SnapshotValidation {
  const res = snapshotBodySchema.safeParse(input);
  if (!res.success) {
    return {
      ok: false,
      problems: res.error.issues.map((i) => ({
        path: formatPath(i.path),
        reason:
          i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
      })),
    };
  }
  const capturedAt = new Date(res.data.capturedAt);
  if (capturedAt.getTime() > now.getTime() + 3_600_000) {
    return {
      ok: false,
      problems: [{ path: 'capturedAt', reason: 'is more than an hour in the future' }],
    };
  }
  return {
    ok: true,
    body: res.data,
    sources: SNAPSHOT_SOURCES.filter((s) => res.data[s] !== undefined),
    capturedAt,
  };
}
