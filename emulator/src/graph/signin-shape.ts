import { FAILURES } from '../scenario/catalog.js';
import type { AppliedPolicy } from '../scenario/conditional-access.js';
import type { ResolvedSignIn } from '../scenario/signins.js';

export type GraphVersion = 'v1.0' | 'beta';

/** The v1.0 `signIn` property set (docs/domain.md 1.1); everything else is beta-only. */
export const V1_SIGNIN_FIELDS = [
  'id',
  'createdDateTime',
  'userDisplayName',
  'userPrincipalName',
  'userId',
  'appId',
  'appDisplayName',
  'ipAddress',
  'clientAppUsed',
  'correlationId',
  'conditionalAccessStatus',
  'isInteractive',
  'riskDetail',
  'riskLevelAggregated',
  'riskLevelDuringSignIn',
  'riskState',
  'riskEventTypes',
  'riskEventTypes_v2',
  'resourceDisplayName',
  'resourceId',
  'status',
  'deviceDetail',
  'location',
  'appliedConditionalAccessPolicies',
] as const;

/** Every property the beta shape carries (renderBeta's keys; a spec keeps the two in step). */
export const BETA_SIGNIN_FIELDS = [
  'id',
  'createdDateTime',
  'userDisplayName',
  'userPrincipalName',
  'userId',
  'appId',
  'appDisplayName',
  'ipAddress',
  'ipAddressFromResourceProvider',
  'clientAppUsed',
  'userAgent',
  'correlationId',
  'conditionalAccessStatus',
  'originalRequestId',
  'authenticationProtocol',
  'incomingTokenType',
  'isInteractive',
  'homeTenantId',
  'homeTenantName',
  'isTenantRestricted',
  'tokenIssuerName',
  'tokenIssuerType',
  'clientCredentialType',
  'processingTimeInMilliseconds',
  'riskDetail',
  'riskLevelAggregated',
  'riskLevelDuringSignIn',
  'riskState',
  'riskEventTypes_v2',
  'resourceDisplayName',
  'resourceId',
  'resourceTenantId',
  'resourceServicePrincipalId',
  'authenticationMethodsUsed',
  'authenticationRequirement',
  'uniqueTokenIdentifier',
  'signInIdentifier',
  'signInIdentifierType',
  'servicePrincipalName',
  'signInEventTypes',
  'servicePrincipalId',
  'federatedCredentialId',
  'userType',
  'flaggedForReview',
  'autonomousSystemNumber',
  'crossTenantAccessType',
  'servicePrincipalCredentialKeyId',
  'servicePrincipalCredentialThumbprint',
  'azureResourceId',
  'sessionId',
  'conditionalAccessAudiences',
  'appTokenProtectionStatus',
  'signInTokenProtectionStatus',
  'originalTransferMethod',
  'isThroughGlobalSecureAccess',
  'globalSecureAccessIpAddress',
  'managedServiceIdentity',
  'privateLinkDetails',
  'status',
  'deviceDetail',
  'location',
  'appliedConditionalAccessPolicies',
  'appliedEventListeners',
  'authenticationProcessingDetails',
  'networkLocationDetails',
  'authenticationDetails',
  'authenticationRequirementPolicies',
  'sessionLifetimePolicies',
] as const;

export interface RenderOptions {
  /** `Prefer: include-unknown-enum-members`: without it Graph hides evolvable enum members. */
  includeUnknownEnumMembers: boolean;
}

function status(e: ResolvedSignIn): {
  errorCode: number;
  failureReason: string | null;
  additionalDetails: string | null;
} {
  if (e.errorCode === 0) return { errorCode: 0, failureReason: null, additionalDetails: null };
  const text = FAILURES[e.errorCode];
  return {
    errorCode: e.errorCode,
    failureReason: text?.failureReason ?? 'Other.',
    additionalDetails: text?.additionalDetails ?? null,
  };
}

/** reportOnly* results sit after unknownFutureValue in the enum: hidden unless asked for. */
function result(r: AppliedPolicy['result'], o: RenderOptions): string {
  return r.startsWith('reportOnly') && !o.includeUnknownEnumMembers ? 'unknownFutureValue' : r;
}

/** Non-P2 tenants see every risk field as `hidden` (docs/domain.md 1.2). */
const RISK = {
  riskDetail: 'hidden',
  riskLevelAggregated: 'hidden',
  riskLevelDuringSignIn: 'hidden',
  riskState: 'none',
} as const;

export function renderV1(e: ResolvedSignIn, o: RenderOptions): Record<string, unknown> {
  return {
    id: e.id,
    createdDateTime: e.createdDateTime,
    userDisplayName: e.user.displayName,
    userPrincipalName: e.user.userPrincipalName.toLowerCase(),
    userId: e.user.id,
    appId: e.appId,
    appDisplayName: e.appDisplayName,
    ipAddress: e.ipAddress,
    clientAppUsed: e.clientAppUsed,
    correlationId: e.correlationId,
    conditionalAccessStatus: e.conditionalAccessStatus,
    isInteractive: e.isInteractive,
    ...RISK,
    riskEventTypes: [],
    riskEventTypes_v2: [],
    resourceDisplayName: e.resourceDisplayName,
    resourceId: e.resourceId,
    status: status(e),
    deviceDetail: e.deviceDetail,
    location: e.location,
    appliedConditionalAccessPolicies: e.policies.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      enforcedGrantControls: p.enforcedGrantControls,
      enforcedSessionControls: p.enforcedSessionControls,
      result: result(p.result, o),
    })),
  };
}

export function renderBeta(
  e: ResolvedSignIn,
  tenantId: string,
  o: RenderOptions,
): Record<string, unknown> {
  const upn = e.user.userPrincipalName.toLowerCase();
  return {
    id: e.id,
    createdDateTime: e.createdDateTime,
    userDisplayName: e.user.displayName,
    userPrincipalName: upn,
    userId: e.user.id,
    appId: e.appId,
    appDisplayName: e.appDisplayName,
    ipAddress: e.ipAddress,
    ipAddressFromResourceProvider: null,
    clientAppUsed: e.clientAppUsed,
    userAgent: e.userAgent,
    correlationId: e.correlationId,
    conditionalAccessStatus: e.conditionalAccessStatus,
    originalRequestId: e.originalRequestId,
    authenticationProtocol: e.authenticationProtocol,
    incomingTokenType: e.incomingTokenType,
    isInteractive: e.isInteractive,
    homeTenantId: tenantId,
    homeTenantName: '',
    isTenantRestricted: false,
    tokenIssuerName: '',
    tokenIssuerType: 'AzureAD',
    clientCredentialType: 'none',
    processingTimeInMilliseconds: e.processingTimeInMilliseconds,
    ...RISK,
    riskEventTypes_v2: [],
    resourceDisplayName: e.resourceDisplayName,
    resourceId: e.resourceId,
    resourceTenantId: tenantId,
    resourceServicePrincipalId: '',
    authenticationMethodsUsed: e.authenticationMethodsUsed,
    authenticationRequirement: e.authenticationRequirement,
    uniqueTokenIdentifier: e.uniqueTokenIdentifier,
    signInIdentifier: e.isInteractive ? upn : '',
    signInIdentifierType: null,
    servicePrincipalName: null,
    signInEventTypes: [e.isInteractive ? 'interactiveUser' : 'nonInteractiveUser'],
    servicePrincipalId: '',
    federatedCredentialId: null,
    userType: 'member',
    flaggedForReview: false,
    autonomousSystemNumber: e.autonomousSystemNumber,
    crossTenantAccessType: 'none',
    servicePrincipalCredentialKeyId: null,
    servicePrincipalCredentialThumbprint: '',
    azureResourceId: '',
    sessionId: e.sessionId,
    conditionalAccessAudiences: [],
    appTokenProtectionStatus: null,
    signInTokenProtectionStatus: 'none',
    originalTransferMethod: 'none',
    isThroughGlobalSecureAccess: false,
    globalSecureAccessIpAddress: null,
    managedServiceIdentity: {
      msiType: 'none',
      associatedResourceId: null,
      federatedTokenId: null,
      federatedTokenIssuer: null,
    },
    privateLinkDetails: { policyId: '', policyName: '', resourceId: '', policyTenantId: '' },
    status: status(e),
    deviceDetail: e.deviceDetail,
    location: e.location,
    appliedConditionalAccessPolicies: e.policies.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      enforcedGrantControls: p.enforcedGrantControls,
      enforcedSessionControls: p.enforcedSessionControls,
      result: result(p.result, o),
      conditionsSatisfied: p.conditionsSatisfied,
      conditionsNotSatisfied: p.conditionsNotSatisfied,
      includeRulesSatisfied: p.includeRulesSatisfied,
      excludeRulesSatisfied: p.excludeRulesSatisfied,
      authenticationStrength: null,
      sessionControlsNotSatisfied: [],
    })),
    appliedEventListeners: [],
    authenticationProcessingDetails: [],
    networkLocationDetails: [],
    authenticationDetails: e.authenticationDetails,
    authenticationRequirementPolicies:
      e.authenticationRequirement === 'multiFactorAuthentication'
        ? [{ requirementProvider: 'multiConditionalAccess', detail: 'Conditional Access' }]
        : [],
    sessionLifetimePolicies: [],
  };
}
