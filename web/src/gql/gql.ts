/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        role\n        operations\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query OpenAlertCounts($tenantId: ID) {\n    openAlertCounts(tenantId: $tenantId) {\n      severity\n      count\n    }\n  }\n": typeof types.OpenAlertCountsDocument,
    "\n  fragment TenantSettingsRecord on TenantSettings {\n    checkSchedule\n    signInLookbackDays\n    deviceLookbackDays\n    pilotCoverageThreshold\n    legacyAttemptRiseThreshold\n    emergencyAccessAccounts\n    approvedMobileAppIds\n    declaredSources\n    maxSourceAgeHours\n    signInRetentionDays\n  }\n": typeof types.TenantSettingsRecordFragmentDoc,
    "\n  fragment TenantRecord on Tenant {\n    id\n    name\n    entraTenantId\n    createdAt\n    settings {\n      ...TenantSettingsRecord\n    }\n  }\n": typeof types.TenantRecordFragmentDoc,
    "\n  fragment CheckResultRecord on CheckResult {\n    id\n    tenantId\n    runId\n    checkId\n    title\n    status\n    severity\n    metric\n    metricUnit\n    summary\n    message {\n      code\n      params\n    }\n    evidence\n    remediation\n    snapshotId\n    windowFrom\n    windowTo\n    evaluatedAt\n  }\n": typeof types.CheckResultRecordFragmentDoc,
    "\n  fragment CheckRunRecord on CheckRun {\n    id\n    tenantId\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    score\n    counts\n    error\n  }\n": typeof types.CheckRunRecordFragmentDoc,
    "\n  fragment SnapshotRecord on Snapshot {\n    id\n    tenantId\n    capturedAt\n    receivedAt\n    sources\n    origin\n    appProtectionPolicies {\n      platform\n      id\n      displayName\n      includesOutlook\n      apps\n      allUsers\n      includeGroups {\n        id\n        name\n      }\n      excludeGroups {\n        id\n        name\n      }\n      otherTargets\n    }\n  }\n": typeof types.SnapshotRecordFragmentDoc,
    "\n  fragment DriftEventRecord on DriftEvent {\n    id\n    tenantId\n    source\n    path\n    kind\n    before\n    after\n    summary\n    message {\n      code\n      params\n    }\n    checkIds\n    fromSnapshotId\n    toSnapshotId\n    capturedAt\n    detectedAt\n  }\n": typeof types.DriftEventRecordFragmentDoc,
    "\n  fragment AuditEventRecord on AuditEvent {\n    id\n    at\n    actor\n    actorRole\n    action\n    outcome\n    tenantId\n    targetId\n    args\n    error\n    ip\n    userAgent\n  }\n": typeof types.AuditEventRecordFragmentDoc,
    "\n  fragment CheckRecord on Check {\n    id\n    title\n    severity\n    metricUnit\n    sources\n    description\n    rationale\n    remediation\n  }\n": typeof types.CheckRecordFragmentDoc,
    "\n  fragment RolloutWaveRecord on RolloutWave {\n    id\n    tenantId\n    name\n    groupId\n    order\n    plannedAt\n    createdAt\n    isPilot\n  }\n": typeof types.RolloutWaveRecordFragmentDoc,
    "\n  fragment WaiverRecord on Waiver {\n    id\n    tenantId\n    checkId\n    scope\n    items\n    reason\n    author\n    expiresAt\n    createdAt\n    revokedAt\n    active\n  }\n": typeof types.WaiverRecordFragmentDoc,
    "\n  fragment SignInRecord on SignIn {\n    id\n    tenantId\n    createdAt\n    userPrincipalName\n    appDisplayName\n    resourceDisplayName\n    clientAppUsed\n    isLegacy\n    isExchange\n    success\n    errorCode\n    isInteractive\n    authenticationRequirement\n    conditionalAccessStatus\n    operatingSystem\n    ipAddress\n    userAgent\n  }\n": typeof types.SignInRecordFragmentDoc,
    "\n  fragment MobileDeviceRecord on MobileDevice {\n    id\n    tenantId\n    snapshotId\n    DeviceId\n    UserDisplayName\n    DeviceType\n    DeviceModel\n    DeviceUserAgent\n    ClientType\n    DeviceAccessState\n    DeviceAccessStateReason\n    DeviceActiveSyncVersion\n    FirstSyncTime\n    LastSuccessSync\n    raw\n  }\n": typeof types.MobileDeviceRecordFragmentDoc,
    "\n  fragment IngestionRunRecord on IngestionRun {\n    id\n    tenantId\n    kind\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    pages\n    received\n    inserted\n    duplicates\n    retries\n    progress\n    progressMessage {\n      code\n      params\n    }\n    windowFrom\n    windowTo\n    snapshotId\n    error\n    errorMessage {\n      code\n      params\n    }\n  }\n": typeof types.IngestionRunRecordFragmentDoc,
    "\n  fragment ConnectorSettingsRecord on ConnectorSettings {\n    tenantId\n    enabled\n    directoryId\n    clientId\n    hasSecret\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    updatedAt\n  }\n": typeof types.ConnectorSettingsRecordFragmentDoc,
    "\n  fragment AlertRecord on Alert {\n    id\n    tenantId\n    checkId\n    title\n    kind\n    state\n    severity\n    summary\n    beforeStatus\n    afterStatus\n    latestStatus\n    beforeMetric\n    afterMetric\n    metricUnit\n    previousResultId\n    firstResultId\n    firstRunId\n    latestResultId\n    latestRunId\n    items {\n      list\n      kind\n      key\n      row\n    }\n    acknowledgedAt\n    acknowledgedBy\n    acknowledgeComment\n    resolvedAt\n    resolvedBy\n    resolveComment\n    autoResolved\n    openedAt\n    updatedAt\n  }\n": typeof types.AlertRecordFragmentDoc,
    "\n  fragment NotificationDeliveryRecord on NotificationDelivery {\n    id\n    channelId\n    tenantId\n    messageId\n    event\n    attempt\n    ok\n    statusCode\n    error\n    durationMs\n    nextAttemptAt\n    createdAt\n    messageState\n  }\n": typeof types.NotificationDeliveryRecordFragmentDoc,
    "\n  fragment NotificationChannelRecord on NotificationChannel {\n    id\n    name\n    kind\n    tenantIds\n    hasUrl\n    urlHint\n    hasSecret\n    emailTo\n    enabled\n    minSeverity\n    kinds\n    notifyOnAcknowledge\n    publicUrl\n    createdBy\n    createdAt\n    updatedAt\n    lastDelivery {\n      ok\n      statusCode\n      error\n      createdAt\n    }\n  }\n": typeof types.NotificationChannelRecordFragmentDoc,
    "\n  fragment ApiTokenRecord on ApiToken {\n    id\n    name\n    prefix\n    role\n    tenantIds\n    createdBy\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    active\n  }\n": typeof types.ApiTokenRecordFragmentDoc,
    "\n  fragment SessionRecord on Session {\n    id\n    userEmail\n    createdAt\n    lastUsedAt\n    expiresAt\n    current\n  }\n": typeof types.SessionRecordFragmentDoc,
    "\n  fragment UserRecord on User {\n    id\n    email\n    role\n    tenantIds\n    createdAt\n    disabledAt\n    active\n  }\n": typeof types.UserRecordFragmentDoc,
    "\n  query PostureHistory($tenantId: ID!, $from: DateTime!, $to: DateTime) {\n    postureHistory(tenantId: $tenantId, from: $from, to: $to) {\n      at\n      score\n      counts\n      runs\n    }\n  }\n": typeof types.PostureHistoryDocument,
    "\n  query PostureSummary($tenantId: ID) {\n    postureSummary(tenantId: $tenantId) {\n      tenantId\n      tenantName\n      score\n      scoredAt\n      scoreDayAgo\n      scoreWeekAgo\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": typeof types.PostureSummaryDocument,
    "\n  query TenantPostureOverview {\n    tenantPostureOverview {\n      tenantId\n      name\n      score\n      scoredAt\n      failing\n      openAlerts\n    }\n  }\n": typeof types.TenantPostureOverviewDocument,
    "\n  query LegacySignInsPerDay($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      success\n      count\n    }\n  }\n": typeof types.LegacySignInsPerDayDocument,
    "\n  query AlertDrift($id: ID!) {\n    Alert(id: $id) {\n      id\n      drift {\n        id\n        source\n        path\n        kind\n        before\n        after\n        summary\n        message {\n          code\n          params\n        }\n        capturedAt\n      }\n    }\n  }\n": typeof types.AlertDriftDocument,
    "\n  query AlertFirstResult($id: ID!) {\n    Alert(id: $id) {\n      id\n      firstResult {\n        id\n        checkId\n        message {\n          code\n          params\n        }\n      }\n    }\n  }\n": typeof types.AlertFirstResultDocument,
    "\n  mutation AcknowledgeAlerts($ids: [ID!]!, $comment: String) {\n    acknowledgeAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n": typeof types.AcknowledgeAlertsDocument,
    "\n  mutation ResolveAlerts($ids: [ID!]!, $comment: String!) {\n    resolveAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n": typeof types.ResolveAlertsDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $tenantIds: [ID!], $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, tenantIds: $tenantIds, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query CheckResultDetails($id: ID!, $all: Boolean, $locale: String) {\n    CheckResult(id: $id) {\n      id\n      evidenceTables(all: $all) {\n        list\n        kind\n        columns\n        total\n        listed\n        rows {\n          key\n          failing\n          waived\n          cells\n          messages {\n            code\n            params\n          }\n          user\n          device\n          policy\n        }\n      }\n      remediationSteps(locale: $locale) {\n        text\n        command\n      }\n    }\n  }\n": typeof types.CheckResultDetailsDocument,
    "\n  query RunChanges($id: ID!) {\n    CheckRun(id: $id) {\n      id\n      changes {\n        compared\n        previousRunId\n        checks {\n          checkId\n          title\n          severity\n          beforeStatus\n          afterStatus\n          beforeMetric\n          afterMetric\n          metricUnit\n          beforeResultId\n          afterResultId\n        }\n        opened {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n        resolved {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n      }\n    }\n  }\n": typeof types.RunChangesDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ok\n      statusCode\n      error\n      durationMs\n    }\n  }\n": typeof types.TestNotificationChannelDocument,
    "\n  query RolloutWaveLimits {\n    rolloutWaveLimits {\n      minOrder\n      maxOrder\n    }\n  }\n": typeof types.RolloutWaveLimitsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query SignInClientApps {\n    signInClientApps {\n      name\n      legacy\n    }\n  }\n": typeof types.SignInClientAppsDocument,
    "\n  query SignInsPerDayChart($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      legacy\n      success\n      count\n    }\n  }\n": typeof types.SignInsPerDayChartDocument,
    "\n  query SignInPage(\n    $page: Int\n    $perPage: Int\n    $sortField: String\n    $sortOrder: String\n    $filter: SignInFilterInput\n    $after: String\n  ) {\n    items: allSignIns(\n      page: $page\n      perPage: $perPage\n      sortField: $sortField\n      sortOrder: $sortOrder\n      filter: $filter\n      after: $after\n    ) {\n      id\n      tenantId\n      createdAt\n      cursor\n      userPrincipalName\n      appDisplayName\n      resourceDisplayName\n      clientAppUsed\n      isLegacy\n      isExchange\n      success\n      errorCode\n      isInteractive\n      authenticationRequirement\n      conditionalAccessStatus\n      operatingSystem\n      ipAddress\n      userAgent\n    }\n    total: _allSignInsMeta(filter: $filter) {\n      count\n      isEstimate\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  query SnapshotSections(\n    $id: ID!\n    $limit: Int\n    $kinds: [SnapshotSectionKind!]\n    $diffLimit: Int\n    $withDiff: Boolean!\n  ) {\n    Snapshot(id: $id) {\n      id\n      diff(limit: $diffLimit) @include(if: $withDiff) {\n        previousSnapshotId\n        previousCapturedAt\n        stored\n        total\n        changes {\n          source\n          path\n          kind\n          before\n          after\n          summary\n          message {\n            code\n            params\n          }\n          checkIds\n        }\n      }\n      sections(limit: $limit, kinds: $kinds) {\n        kind\n        source\n        path\n        read\n        columns\n        total\n        checkIds\n        rows {\n          key\n          cells\n        }\n      }\n    }\n  }\n": typeof types.SnapshotSectionsDocument,
    "\n  query SnapshotRaw($id: ID!) {\n    Snapshot(id: $id) {\n      id\n      raw\n    }\n  }\n": typeof types.SnapshotRawDocument,
    "\n  query TenantSettingsBounds {\n    tenantSettingsBounds {\n      key\n      min\n      max\n      integer\n      pattern\n    }\n  }\n": typeof types.TenantSettingsBoundsDocument,
    "\n  query ConnectorSettings($tenantId: ID!) {\n    connectorSettings(tenantId: $tenantId) {\n      ...ConnectorSettingsRecord\n    }\n    connectorDefaults {\n      ...ConnectorDefaultsRecord\n    }\n  }\n": typeof types.ConnectorSettingsDocument,
    "\n  fragment ConnectorDefaultsRecord on ConnectorDefaults {\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    minOverlapMinutes\n    maxOverlapMinutes\n  }\n": typeof types.ConnectorDefaultsRecordFragmentDoc,
    "\n  mutation UpdateConnectorSettings($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    updateConnectorSettings(tenantId: $tenantId, input: $input) {\n      ...ConnectorSettingsRecord\n    }\n  }\n": typeof types.UpdateConnectorSettingsDocument,
    "\n  query ConnectorChangePreview($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    connectorChangePreview(tenantId: $tenantId, input: $input) {\n      clearsSecret\n      problems {\n        path\n        reason\n      }\n    }\n  }\n": typeof types.ConnectorChangePreviewDocument,
    "\n  mutation SyncTenant($tenantId: ID!) {\n    syncTenant(tenantId: $tenantId) {\n      signIns {\n        status\n        inserted\n        duplicates\n        error\n      }\n      snapshot {\n        status\n        error\n      }\n    }\n  }\n": typeof types.SyncTenantDocument,
    "\n  mutation CreateUser($email: String!, $role: Role!, $tenantIds: [ID!]) {\n    createUser(email: $email, role: $role, tenantIds: $tenantIds) {\n      password\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  query WaiverLimits {\n    waiverLimits {\n      maxDays\n      defaultDays\n      minReasonLength\n    }\n  }\n": typeof types.WaiverLimitsDocument,
    "\n  query RolloutProgress($tenantId: ID!) {\n    rolloutProgress(tenantId: $tenantId) {\n      tenantId\n      capturedAt\n      windowFrom\n      overall {\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n      }\n      overallHistory {\n        at\n        coverage\n        covered\n        members\n      }\n      projectedCompletion {\n        state\n        date\n      }\n      waves {\n        id\n        name\n        order\n        isPilot\n        plannedAt\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n        readiness {\n          userPrincipalName\n          mailboxLocation\n          covered\n          protocols\n          clients\n          count\n          lastSeen\n        }\n        history {\n          at\n          coverage\n          covered\n          members\n        }\n        projectedCompletion {\n          state\n          date\n        }\n      }\n    }\n  }\n": typeof types.RolloutProgressDocument,
    "\n  query EntraGroups($tenantId: ID!, $q: String) {\n    groups(tenantId: $tenantId, q: $q) {\n      id\n      displayName\n    }\n  }\n": typeof types.EntraGroupsDocument,
    "\n  query PickerTenants($perPage: Int) {\n    allTenants(perPage: $perPage, page: 0, sortField: \"name\", sortOrder: \"ASC\") {\n      id\n      name\n    }\n  }\n": typeof types.PickerTenantsDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        role\n        operations\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query OpenAlertCounts($tenantId: ID) {\n    openAlertCounts(tenantId: $tenantId) {\n      severity\n      count\n    }\n  }\n": types.OpenAlertCountsDocument,
    "\n  fragment TenantSettingsRecord on TenantSettings {\n    checkSchedule\n    signInLookbackDays\n    deviceLookbackDays\n    pilotCoverageThreshold\n    legacyAttemptRiseThreshold\n    emergencyAccessAccounts\n    approvedMobileAppIds\n    declaredSources\n    maxSourceAgeHours\n    signInRetentionDays\n  }\n": types.TenantSettingsRecordFragmentDoc,
    "\n  fragment TenantRecord on Tenant {\n    id\n    name\n    entraTenantId\n    createdAt\n    settings {\n      ...TenantSettingsRecord\n    }\n  }\n": types.TenantRecordFragmentDoc,
    "\n  fragment CheckResultRecord on CheckResult {\n    id\n    tenantId\n    runId\n    checkId\n    title\n    status\n    severity\n    metric\n    metricUnit\n    summary\n    message {\n      code\n      params\n    }\n    evidence\n    remediation\n    snapshotId\n    windowFrom\n    windowTo\n    evaluatedAt\n  }\n": types.CheckResultRecordFragmentDoc,
    "\n  fragment CheckRunRecord on CheckRun {\n    id\n    tenantId\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    score\n    counts\n    error\n  }\n": types.CheckRunRecordFragmentDoc,
    "\n  fragment SnapshotRecord on Snapshot {\n    id\n    tenantId\n    capturedAt\n    receivedAt\n    sources\n    origin\n    appProtectionPolicies {\n      platform\n      id\n      displayName\n      includesOutlook\n      apps\n      allUsers\n      includeGroups {\n        id\n        name\n      }\n      excludeGroups {\n        id\n        name\n      }\n      otherTargets\n    }\n  }\n": types.SnapshotRecordFragmentDoc,
    "\n  fragment DriftEventRecord on DriftEvent {\n    id\n    tenantId\n    source\n    path\n    kind\n    before\n    after\n    summary\n    message {\n      code\n      params\n    }\n    checkIds\n    fromSnapshotId\n    toSnapshotId\n    capturedAt\n    detectedAt\n  }\n": types.DriftEventRecordFragmentDoc,
    "\n  fragment AuditEventRecord on AuditEvent {\n    id\n    at\n    actor\n    actorRole\n    action\n    outcome\n    tenantId\n    targetId\n    args\n    error\n    ip\n    userAgent\n  }\n": types.AuditEventRecordFragmentDoc,
    "\n  fragment CheckRecord on Check {\n    id\n    title\n    severity\n    metricUnit\n    sources\n    description\n    rationale\n    remediation\n  }\n": types.CheckRecordFragmentDoc,
    "\n  fragment RolloutWaveRecord on RolloutWave {\n    id\n    tenantId\n    name\n    groupId\n    order\n    plannedAt\n    createdAt\n    isPilot\n  }\n": types.RolloutWaveRecordFragmentDoc,
    "\n  fragment WaiverRecord on Waiver {\n    id\n    tenantId\n    checkId\n    scope\n    items\n    reason\n    author\n    expiresAt\n    createdAt\n    revokedAt\n    active\n  }\n": types.WaiverRecordFragmentDoc,
    "\n  fragment SignInRecord on SignIn {\n    id\n    tenantId\n    createdAt\n    userPrincipalName\n    appDisplayName\n    resourceDisplayName\n    clientAppUsed\n    isLegacy\n    isExchange\n    success\n    errorCode\n    isInteractive\n    authenticationRequirement\n    conditionalAccessStatus\n    operatingSystem\n    ipAddress\n    userAgent\n  }\n": types.SignInRecordFragmentDoc,
    "\n  fragment MobileDeviceRecord on MobileDevice {\n    id\n    tenantId\n    snapshotId\n    DeviceId\n    UserDisplayName\n    DeviceType\n    DeviceModel\n    DeviceUserAgent\n    ClientType\n    DeviceAccessState\n    DeviceAccessStateReason\n    DeviceActiveSyncVersion\n    FirstSyncTime\n    LastSuccessSync\n    raw\n  }\n": types.MobileDeviceRecordFragmentDoc,
    "\n  fragment IngestionRunRecord on IngestionRun {\n    id\n    tenantId\n    kind\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    pages\n    received\n    inserted\n    duplicates\n    retries\n    progress\n    progressMessage {\n      code\n      params\n    }\n    windowFrom\n    windowTo\n    snapshotId\n    error\n    errorMessage {\n      code\n      params\n    }\n  }\n": types.IngestionRunRecordFragmentDoc,
    "\n  fragment ConnectorSettingsRecord on ConnectorSettings {\n    tenantId\n    enabled\n    directoryId\n    clientId\n    hasSecret\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    updatedAt\n  }\n": types.ConnectorSettingsRecordFragmentDoc,
    "\n  fragment AlertRecord on Alert {\n    id\n    tenantId\n    checkId\n    title\n    kind\n    state\n    severity\n    summary\n    beforeStatus\n    afterStatus\n    latestStatus\n    beforeMetric\n    afterMetric\n    metricUnit\n    previousResultId\n    firstResultId\n    firstRunId\n    latestResultId\n    latestRunId\n    items {\n      list\n      kind\n      key\n      row\n    }\n    acknowledgedAt\n    acknowledgedBy\n    acknowledgeComment\n    resolvedAt\n    resolvedBy\n    resolveComment\n    autoResolved\n    openedAt\n    updatedAt\n  }\n": types.AlertRecordFragmentDoc,
    "\n  fragment NotificationDeliveryRecord on NotificationDelivery {\n    id\n    channelId\n    tenantId\n    messageId\n    event\n    attempt\n    ok\n    statusCode\n    error\n    durationMs\n    nextAttemptAt\n    createdAt\n    messageState\n  }\n": types.NotificationDeliveryRecordFragmentDoc,
    "\n  fragment NotificationChannelRecord on NotificationChannel {\n    id\n    name\n    kind\n    tenantIds\n    hasUrl\n    urlHint\n    hasSecret\n    emailTo\n    enabled\n    minSeverity\n    kinds\n    notifyOnAcknowledge\n    publicUrl\n    createdBy\n    createdAt\n    updatedAt\n    lastDelivery {\n      ok\n      statusCode\n      error\n      createdAt\n    }\n  }\n": types.NotificationChannelRecordFragmentDoc,
    "\n  fragment ApiTokenRecord on ApiToken {\n    id\n    name\n    prefix\n    role\n    tenantIds\n    createdBy\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    active\n  }\n": types.ApiTokenRecordFragmentDoc,
    "\n  fragment SessionRecord on Session {\n    id\n    userEmail\n    createdAt\n    lastUsedAt\n    expiresAt\n    current\n  }\n": types.SessionRecordFragmentDoc,
    "\n  fragment UserRecord on User {\n    id\n    email\n    role\n    tenantIds\n    createdAt\n    disabledAt\n    active\n  }\n": types.UserRecordFragmentDoc,
    "\n  query PostureHistory($tenantId: ID!, $from: DateTime!, $to: DateTime) {\n    postureHistory(tenantId: $tenantId, from: $from, to: $to) {\n      at\n      score\n      counts\n      runs\n    }\n  }\n": types.PostureHistoryDocument,
    "\n  query PostureSummary($tenantId: ID) {\n    postureSummary(tenantId: $tenantId) {\n      tenantId\n      tenantName\n      score\n      scoredAt\n      scoreDayAgo\n      scoreWeekAgo\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n": types.PostureSummaryDocument,
    "\n  query TenantPostureOverview {\n    tenantPostureOverview {\n      tenantId\n      name\n      score\n      scoredAt\n      failing\n      openAlerts\n    }\n  }\n": types.TenantPostureOverviewDocument,
    "\n  query LegacySignInsPerDay($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      success\n      count\n    }\n  }\n": types.LegacySignInsPerDayDocument,
    "\n  query AlertDrift($id: ID!) {\n    Alert(id: $id) {\n      id\n      drift {\n        id\n        source\n        path\n        kind\n        before\n        after\n        summary\n        message {\n          code\n          params\n        }\n        capturedAt\n      }\n    }\n  }\n": types.AlertDriftDocument,
    "\n  query AlertFirstResult($id: ID!) {\n    Alert(id: $id) {\n      id\n      firstResult {\n        id\n        checkId\n        message {\n          code\n          params\n        }\n      }\n    }\n  }\n": types.AlertFirstResultDocument,
    "\n  mutation AcknowledgeAlerts($ids: [ID!]!, $comment: String) {\n    acknowledgeAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n": types.AcknowledgeAlertsDocument,
    "\n  mutation ResolveAlerts($ids: [ID!]!, $comment: String!) {\n    resolveAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n": types.ResolveAlertsDocument,
    "\n  mutation CreateApiToken($name: String!, $role: Role!, $tenantIds: [ID!], $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, tenantIds: $tenantIds, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query CheckResultDetails($id: ID!, $all: Boolean, $locale: String) {\n    CheckResult(id: $id) {\n      id\n      evidenceTables(all: $all) {\n        list\n        kind\n        columns\n        total\n        listed\n        rows {\n          key\n          failing\n          waived\n          cells\n          messages {\n            code\n            params\n          }\n          user\n          device\n          policy\n        }\n      }\n      remediationSteps(locale: $locale) {\n        text\n        command\n      }\n    }\n  }\n": types.CheckResultDetailsDocument,
    "\n  query RunChanges($id: ID!) {\n    CheckRun(id: $id) {\n      id\n      changes {\n        compared\n        previousRunId\n        checks {\n          checkId\n          title\n          severity\n          beforeStatus\n          afterStatus\n          beforeMetric\n          afterMetric\n          metricUnit\n          beforeResultId\n          afterResultId\n        }\n        opened {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n        resolved {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n      }\n    }\n  }\n": types.RunChangesDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ok\n      statusCode\n      error\n      durationMs\n    }\n  }\n": types.TestNotificationChannelDocument,
    "\n  query RolloutWaveLimits {\n    rolloutWaveLimits {\n      minOrder\n      maxOrder\n    }\n  }\n": types.RolloutWaveLimitsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  query SignInClientApps {\n    signInClientApps {\n      name\n      legacy\n    }\n  }\n": types.SignInClientAppsDocument,
    "\n  query SignInsPerDayChart($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      legacy\n      success\n      count\n    }\n  }\n": types.SignInsPerDayChartDocument,
    "\n  query SignInPage(\n    $page: Int\n    $perPage: Int\n    $sortField: String\n    $sortOrder: String\n    $filter: SignInFilterInput\n    $after: String\n  ) {\n    items: allSignIns(\n      page: $page\n      perPage: $perPage\n      sortField: $sortField\n      sortOrder: $sortOrder\n      filter: $filter\n      after: $after\n    ) {\n      id\n      tenantId\n      createdAt\n      cursor\n      userPrincipalName\n      appDisplayName\n      resourceDisplayName\n      clientAppUsed\n      isLegacy\n      isExchange\n      success\n      errorCode\n      isInteractive\n      authenticationRequirement\n      conditionalAccessStatus\n      operatingSystem\n      ipAddress\n      userAgent\n    }\n    total: _allSignInsMeta(filter: $filter) {\n      count\n      isEstimate\n    }\n  }\n": types.SignInPageDocument,
    "\n  query SnapshotSections(\n    $id: ID!\n    $limit: Int\n    $kinds: [SnapshotSectionKind!]\n    $diffLimit: Int\n    $withDiff: Boolean!\n  ) {\n    Snapshot(id: $id) {\n      id\n      diff(limit: $diffLimit) @include(if: $withDiff) {\n        previousSnapshotId\n        previousCapturedAt\n        stored\n        total\n        changes {\n          source\n          path\n          kind\n          before\n          after\n          summary\n          message {\n            code\n            params\n          }\n          checkIds\n        }\n      }\n      sections(limit: $limit, kinds: $kinds) {\n        kind\n        source\n        path\n        read\n        columns\n        total\n        checkIds\n        rows {\n          key\n          cells\n        }\n      }\n    }\n  }\n": types.SnapshotSectionsDocument,
    "\n  query SnapshotRaw($id: ID!) {\n    Snapshot(id: $id) {\n      id\n      raw\n    }\n  }\n": types.SnapshotRawDocument,
    "\n  query TenantSettingsBounds {\n    tenantSettingsBounds {\n      key\n      min\n      max\n      integer\n      pattern\n    }\n  }\n": types.TenantSettingsBoundsDocument,
    "\n  query ConnectorSettings($tenantId: ID!) {\n    connectorSettings(tenantId: $tenantId) {\n      ...ConnectorSettingsRecord\n    }\n    connectorDefaults {\n      ...ConnectorDefaultsRecord\n    }\n  }\n": types.ConnectorSettingsDocument,
    "\n  fragment ConnectorDefaultsRecord on ConnectorDefaults {\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    minOverlapMinutes\n    maxOverlapMinutes\n  }\n": types.ConnectorDefaultsRecordFragmentDoc,
    "\n  mutation UpdateConnectorSettings($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    updateConnectorSettings(tenantId: $tenantId, input: $input) {\n      ...ConnectorSettingsRecord\n    }\n  }\n": types.UpdateConnectorSettingsDocument,
    "\n  query ConnectorChangePreview($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    connectorChangePreview(tenantId: $tenantId, input: $input) {\n      clearsSecret\n      problems {\n        path\n        reason\n      }\n    }\n  }\n": types.ConnectorChangePreviewDocument,
    "\n  mutation SyncTenant($tenantId: ID!) {\n    syncTenant(tenantId: $tenantId) {\n      signIns {\n        status\n        inserted\n        duplicates\n        error\n      }\n      snapshot {\n        status\n        error\n      }\n    }\n  }\n": types.SyncTenantDocument,
    "\n  mutation CreateUser($email: String!, $role: Role!, $tenantIds: [ID!]) {\n    createUser(email: $email, role: $role, tenantIds: $tenantIds) {\n      password\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n": types.EnableUserDocument,
    "\n  query WaiverLimits {\n    waiverLimits {\n      maxDays\n      defaultDays\n      minReasonLength\n    }\n  }\n": types.WaiverLimitsDocument,
    "\n  query RolloutProgress($tenantId: ID!) {\n    rolloutProgress(tenantId: $tenantId) {\n      tenantId\n      capturedAt\n      windowFrom\n      overall {\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n      }\n      overallHistory {\n        at\n        coverage\n        covered\n        members\n      }\n      projectedCompletion {\n        state\n        date\n      }\n      waves {\n        id\n        name\n        order\n        isPilot\n        plannedAt\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n        readiness {\n          userPrincipalName\n          mailboxLocation\n          covered\n          protocols\n          clients\n          count\n          lastSeen\n        }\n        history {\n          at\n          coverage\n          covered\n          members\n        }\n        projectedCompletion {\n          state\n          date\n        }\n      }\n    }\n  }\n": types.RolloutProgressDocument,
    "\n  query EntraGroups($tenantId: ID!, $q: String) {\n    groups(tenantId: $tenantId, q: $q) {\n      id\n      displayName\n    }\n  }\n": types.EntraGroupsDocument,
    "\n  query PickerTenants($perPage: Int) {\n    allTenants(perPage: $perPage, page: 0, sortField: \"name\", sortOrder: \"ASC\") {\n      id\n      name\n    }\n  }\n": types.PickerTenantsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        role\n        operations\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAlertCounts($tenantId: ID) {\n    openAlertCounts(tenantId: $tenantId) {\n      severity\n      count\n    }\n  }\n"): typeof import('./graphql').OpenAlertCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantSettingsRecord on TenantSettings {\n    checkSchedule\n    signInLookbackDays\n    deviceLookbackDays\n    pilotCoverageThreshold\n    legacyAttemptRiseThreshold\n    emergencyAccessAccounts\n    approvedMobileAppIds\n    declaredSources\n    maxSourceAgeHours\n    signInRetentionDays\n  }\n"): typeof import('./graphql').TenantSettingsRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantRecord on Tenant {\n    id\n    name\n    entraTenantId\n    createdAt\n    settings {\n      ...TenantSettingsRecord\n    }\n  }\n"): typeof import('./graphql').TenantRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckResultRecord on CheckResult {\n    id\n    tenantId\n    runId\n    checkId\n    title\n    status\n    severity\n    metric\n    metricUnit\n    summary\n    message {\n      code\n      params\n    }\n    evidence\n    remediation\n    snapshotId\n    windowFrom\n    windowTo\n    evaluatedAt\n  }\n"): typeof import('./graphql').CheckResultRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckRunRecord on CheckRun {\n    id\n    tenantId\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    score\n    counts\n    error\n  }\n"): typeof import('./graphql').CheckRunRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SnapshotRecord on Snapshot {\n    id\n    tenantId\n    capturedAt\n    receivedAt\n    sources\n    origin\n    appProtectionPolicies {\n      platform\n      id\n      displayName\n      includesOutlook\n      apps\n      allUsers\n      includeGroups {\n        id\n        name\n      }\n      excludeGroups {\n        id\n        name\n      }\n      otherTargets\n    }\n  }\n"): typeof import('./graphql').SnapshotRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DriftEventRecord on DriftEvent {\n    id\n    tenantId\n    source\n    path\n    kind\n    before\n    after\n    summary\n    message {\n      code\n      params\n    }\n    checkIds\n    fromSnapshotId\n    toSnapshotId\n    capturedAt\n    detectedAt\n  }\n"): typeof import('./graphql').DriftEventRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRecord on AuditEvent {\n    id\n    at\n    actor\n    actorRole\n    action\n    outcome\n    tenantId\n    targetId\n    args\n    error\n    ip\n    userAgent\n  }\n"): typeof import('./graphql').AuditEventRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckRecord on Check {\n    id\n    title\n    severity\n    metricUnit\n    sources\n    description\n    rationale\n    remediation\n  }\n"): typeof import('./graphql').CheckRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolloutWaveRecord on RolloutWave {\n    id\n    tenantId\n    name\n    groupId\n    order\n    plannedAt\n    createdAt\n    isPilot\n  }\n"): typeof import('./graphql').RolloutWaveRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaiverRecord on Waiver {\n    id\n    tenantId\n    checkId\n    scope\n    items\n    reason\n    author\n    expiresAt\n    createdAt\n    revokedAt\n    active\n  }\n"): typeof import('./graphql').WaiverRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignInRecord on SignIn {\n    id\n    tenantId\n    createdAt\n    userPrincipalName\n    appDisplayName\n    resourceDisplayName\n    clientAppUsed\n    isLegacy\n    isExchange\n    success\n    errorCode\n    isInteractive\n    authenticationRequirement\n    conditionalAccessStatus\n    operatingSystem\n    ipAddress\n    userAgent\n  }\n"): typeof import('./graphql').SignInRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MobileDeviceRecord on MobileDevice {\n    id\n    tenantId\n    snapshotId\n    DeviceId\n    UserDisplayName\n    DeviceType\n    DeviceModel\n    DeviceUserAgent\n    ClientType\n    DeviceAccessState\n    DeviceAccessStateReason\n    DeviceActiveSyncVersion\n    FirstSyncTime\n    LastSuccessSync\n    raw\n  }\n"): typeof import('./graphql').MobileDeviceRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IngestionRunRecord on IngestionRun {\n    id\n    tenantId\n    kind\n    trigger\n    status\n    startedAt\n    finishedAt\n    durationMs\n    pages\n    received\n    inserted\n    duplicates\n    retries\n    progress\n    progressMessage {\n      code\n      params\n    }\n    windowFrom\n    windowTo\n    snapshotId\n    error\n    errorMessage {\n      code\n      params\n    }\n  }\n"): typeof import('./graphql').IngestionRunRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorSettingsRecord on ConnectorSettings {\n    tenantId\n    enabled\n    directoryId\n    clientId\n    hasSecret\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    updatedAt\n  }\n"): typeof import('./graphql').ConnectorSettingsRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertRecord on Alert {\n    id\n    tenantId\n    checkId\n    title\n    kind\n    state\n    severity\n    summary\n    beforeStatus\n    afterStatus\n    latestStatus\n    beforeMetric\n    afterMetric\n    metricUnit\n    previousResultId\n    firstResultId\n    firstRunId\n    latestResultId\n    latestRunId\n    items {\n      list\n      kind\n      key\n      row\n    }\n    acknowledgedAt\n    acknowledgedBy\n    acknowledgeComment\n    resolvedAt\n    resolvedBy\n    resolveComment\n    autoResolved\n    openedAt\n    updatedAt\n  }\n"): typeof import('./graphql').AlertRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationDeliveryRecord on NotificationDelivery {\n    id\n    channelId\n    tenantId\n    messageId\n    event\n    attempt\n    ok\n    statusCode\n    error\n    durationMs\n    nextAttemptAt\n    createdAt\n    messageState\n  }\n"): typeof import('./graphql').NotificationDeliveryRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationChannelRecord on NotificationChannel {\n    id\n    name\n    kind\n    tenantIds\n    hasUrl\n    urlHint\n    hasSecret\n    emailTo\n    enabled\n    minSeverity\n    kinds\n    notifyOnAcknowledge\n    publicUrl\n    createdBy\n    createdAt\n    updatedAt\n    lastDelivery {\n      ok\n      statusCode\n      error\n      createdAt\n    }\n  }\n"): typeof import('./graphql').NotificationChannelRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRecord on ApiToken {\n    id\n    name\n    prefix\n    role\n    tenantIds\n    createdBy\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    active\n  }\n"): typeof import('./graphql').ApiTokenRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRecord on Session {\n    id\n    userEmail\n    createdAt\n    lastUsedAt\n    expiresAt\n    current\n  }\n"): typeof import('./graphql').SessionRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRecord on User {\n    id\n    email\n    role\n    tenantIds\n    createdAt\n    disabledAt\n    active\n  }\n"): typeof import('./graphql').UserRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostureHistory($tenantId: ID!, $from: DateTime!, $to: DateTime) {\n    postureHistory(tenantId: $tenantId, from: $from, to: $to) {\n      at\n      score\n      counts\n      runs\n    }\n  }\n"): typeof import('./graphql').PostureHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostureSummary($tenantId: ID) {\n    postureSummary(tenantId: $tenantId) {\n      tenantId\n      tenantName\n      score\n      scoredAt\n      scoreDayAgo\n      scoreWeekAgo\n      statusCounts {\n        status\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').PostureSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantPostureOverview {\n    tenantPostureOverview {\n      tenantId\n      name\n      score\n      scoredAt\n      failing\n      openAlerts\n    }\n  }\n"): typeof import('./graphql').TenantPostureOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegacySignInsPerDay($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      success\n      count\n    }\n  }\n"): typeof import('./graphql').LegacySignInsPerDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertDrift($id: ID!) {\n    Alert(id: $id) {\n      id\n      drift {\n        id\n        source\n        path\n        kind\n        before\n        after\n        summary\n        message {\n          code\n          params\n        }\n        capturedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AlertDriftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertFirstResult($id: ID!) {\n    Alert(id: $id) {\n      id\n      firstResult {\n        id\n        checkId\n        message {\n          code\n          params\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AlertFirstResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAlerts($ids: [ID!]!, $comment: String) {\n    acknowledgeAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AcknowledgeAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAlerts($ids: [ID!]!, $comment: String!) {\n    resolveAlerts(ids: $ids, comment: $comment) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').ResolveAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $role: Role!, $tenantIds: [ID!], $expiresInDays: Int) {\n    createApiToken(name: $name, role: $role, tenantIds: $tenantIds, expiresInDays: $expiresInDays) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckResultDetails($id: ID!, $all: Boolean, $locale: String) {\n    CheckResult(id: $id) {\n      id\n      evidenceTables(all: $all) {\n        list\n        kind\n        columns\n        total\n        listed\n        rows {\n          key\n          failing\n          waived\n          cells\n          messages {\n            code\n            params\n          }\n          user\n          device\n          policy\n        }\n      }\n      remediationSteps(locale: $locale) {\n        text\n        command\n      }\n    }\n  }\n"): typeof import('./graphql').CheckResultDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunChanges($id: ID!) {\n    CheckRun(id: $id) {\n      id\n      changes {\n        compared\n        previousRunId\n        checks {\n          checkId\n          title\n          severity\n          beforeStatus\n          afterStatus\n          beforeMetric\n          afterMetric\n          metricUnit\n          beforeResultId\n          afterResultId\n        }\n        opened {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n        resolved {\n          id\n          checkId\n          title\n          kind\n          severity\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RunChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ok\n      statusCode\n      error\n      durationMs\n    }\n  }\n"): typeof import('./graphql').TestNotificationChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolloutWaveLimits {\n    rolloutWaveLimits {\n      minOrder\n      maxOrder\n    }\n  }\n"): typeof import('./graphql').RolloutWaveLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInClientApps {\n    signInClientApps {\n      name\n      legacy\n    }\n  }\n"): typeof import('./graphql').SignInClientAppsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInsPerDayChart($filter: SignInDayFilterInput) {\n    signInsPerDay(filter: $filter) {\n      day\n      protocol\n      legacy\n      success\n      count\n    }\n  }\n"): typeof import('./graphql').SignInsPerDayChartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPage(\n    $page: Int\n    $perPage: Int\n    $sortField: String\n    $sortOrder: String\n    $filter: SignInFilterInput\n    $after: String\n  ) {\n    items: allSignIns(\n      page: $page\n      perPage: $perPage\n      sortField: $sortField\n      sortOrder: $sortOrder\n      filter: $filter\n      after: $after\n    ) {\n      id\n      tenantId\n      createdAt\n      cursor\n      userPrincipalName\n      appDisplayName\n      resourceDisplayName\n      clientAppUsed\n      isLegacy\n      isExchange\n      success\n      errorCode\n      isInteractive\n      authenticationRequirement\n      conditionalAccessStatus\n      operatingSystem\n      ipAddress\n      userAgent\n    }\n    total: _allSignInsMeta(filter: $filter) {\n      count\n      isEstimate\n    }\n  }\n"): typeof import('./graphql').SignInPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotSections(\n    $id: ID!\n    $limit: Int\n    $kinds: [SnapshotSectionKind!]\n    $diffLimit: Int\n    $withDiff: Boolean!\n  ) {\n    Snapshot(id: $id) {\n      id\n      diff(limit: $diffLimit) @include(if: $withDiff) {\n        previousSnapshotId\n        previousCapturedAt\n        stored\n        total\n        changes {\n          source\n          path\n          kind\n          before\n          after\n          summary\n          message {\n            code\n            params\n          }\n          checkIds\n        }\n      }\n      sections(limit: $limit, kinds: $kinds) {\n        kind\n        source\n        path\n        read\n        columns\n        total\n        checkIds\n        rows {\n          key\n          cells\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SnapshotSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SnapshotRaw($id: ID!) {\n    Snapshot(id: $id) {\n      id\n      raw\n    }\n  }\n"): typeof import('./graphql').SnapshotRawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettingsBounds {\n    tenantSettingsBounds {\n      key\n      min\n      max\n      integer\n      pattern\n    }\n  }\n"): typeof import('./graphql').TenantSettingsBoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorSettings($tenantId: ID!) {\n    connectorSettings(tenantId: $tenantId) {\n      ...ConnectorSettingsRecord\n    }\n    connectorDefaults {\n      ...ConnectorDefaultsRecord\n    }\n  }\n"): typeof import('./graphql').ConnectorSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorDefaultsRecord on ConnectorDefaults {\n    loginBaseUrl\n    graphBaseUrl\n    exchangeBaseUrl\n    overlapMinutes\n    minOverlapMinutes\n    maxOverlapMinutes\n  }\n"): typeof import('./graphql').ConnectorDefaultsRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConnectorSettings($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    updateConnectorSettings(tenantId: $tenantId, input: $input) {\n      ...ConnectorSettingsRecord\n    }\n  }\n"): typeof import('./graphql').UpdateConnectorSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorChangePreview($tenantId: ID!, $input: ConnectorSettingsInput!) {\n    connectorChangePreview(tenantId: $tenantId, input: $input) {\n      clearsSecret\n      problems {\n        path\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectorChangePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncTenant($tenantId: ID!) {\n    syncTenant(tenantId: $tenantId) {\n      signIns {\n        status\n        inserted\n        duplicates\n        error\n      }\n      snapshot {\n        status\n        error\n      }\n    }\n  }\n"): typeof import('./graphql').SyncTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($email: String!, $role: Role!, $tenantIds: [ID!]) {\n    createUser(email: $email, role: $role, tenantIds: $tenantIds) {\n      password\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabledAt\n      active\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaiverLimits {\n    waiverLimits {\n      maxDays\n      defaultDays\n      minReasonLength\n    }\n  }\n"): typeof import('./graphql').WaiverLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolloutProgress($tenantId: ID!) {\n    rolloutProgress(tenantId: $tenantId) {\n      tenantId\n      capturedAt\n      windowFrom\n      overall {\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n      }\n      overallHistory {\n        at\n        coverage\n        covered\n        members\n      }\n      projectedCompletion {\n        state\n        date\n      }\n      waves {\n        id\n        name\n        order\n        isPilot\n        plannedAt\n        members\n        covered\n        coverage\n        withoutMailbox\n        problem\n        readiness {\n          userPrincipalName\n          mailboxLocation\n          covered\n          protocols\n          clients\n          count\n          lastSeen\n        }\n        history {\n          at\n          coverage\n          covered\n          members\n        }\n        projectedCompletion {\n          state\n          date\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RolloutProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntraGroups($tenantId: ID!, $q: String) {\n    groups(tenantId: $tenantId, q: $q) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').EntraGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerTenants($perPage: Int) {\n    allTenants(perPage: $perPage, page: 0, sortField: \"name\", sortOrder: \"ASC\") {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PickerTenantsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
