<#
.SYNOPSIS
  posture watch on-premises collector (Windows PowerShell 5.1, Exchange Management Shell).
.DESCRIPTION
  Reads the Exchange Server settings posture watch checks, writes ISO 8601 dates and enum names,
  and pushes them to POST /api/v1/tenants/{TenantId}/snapshots with a COLLECTOR token over HTTPS
  (retrying throttling, 5xx and network errors), or writes the body to -OutFile for inspection.
  Only reads: it runs Get-* cmdlets and nothing else. Set-up: README.md, "Pointing it at a real tenant".
.EXAMPLE
  .\Invoke-PostureCollector.ps1 -Url https://posture.example.com -TenantId 0f6c... -TokenFile C:\posture\token.txt
.EXAMPLE
  .\Invoke-PostureCollector.ps1 -OutFile C:\posture\snapshot.json
#>
[CmdletBinding(DefaultParameterSetName = 'Push')]
param(
  [Parameter(Mandatory = $true, ParameterSetName = 'Push')][string]$Url,
  [Parameter(Mandatory = $true, ParameterSetName = 'Push')][string]$TenantId,
  # A file holding only the token; without it, $env:POSTURE_TOKEN.
  [Parameter(ParameterSetName = 'Push')][string]$TokenFile,
  [Parameter(ParameterSetName = 'Push')][ValidateRange(0, 10)][int]$Retries = 5,
  [Parameter(Mandatory = $true, ParameterSetName = 'File')][string]$OutFile
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2

# The properties read from each cmdlet, by their key in the push body (docs/api.md). The tests
# check collector/sample-output.json against this table.
$Select = [ordered]@{
  organizationConfig             = 'OAuth2ClientProfileEnabled', 'DefaultAuthenticationPolicy'
  authenticationPolicies         = 'Name', 'Identity', 'Guid', 'BlockLegacyAuthActiveSync', 'BlockLegacyAuthAutodiscover', 'BlockLegacyAuthImap', 'BlockLegacyAuthMapi', 'BlockLegacyAuthOfflineAddressBook', 'BlockLegacyAuthPop', 'BlockLegacyAuthRpc', 'BlockLegacyAuthWebServices'
  users                          = 'UserPrincipalName', 'Guid', 'AuthenticationPolicy', 'RecipientTypeDetails'
  casMailboxes                   = 'Identity', 'PrimarySmtpAddress', 'ActiveSyncEnabled', 'ActiveSyncAllowedDeviceIDs', 'ActiveSyncBlockedDeviceIDs'
  activeSyncOrganizationSettings = 'DefaultAccessLevel'
  activeSyncDeviceAccessRules    = 'Name', 'Characteristic', 'QueryString', 'AccessLevel'
  mobileDevices                  = 'DeviceId', 'UserDisplayName', 'DeviceType', 'DeviceModel', 'DeviceUserAgent', 'ClientType', 'DeviceAccessState', 'DeviceAccessStateReason', 'DeviceActiveSyncVersion', 'FirstSyncTime', 'LastSuccessSync'
  authServers                    = 'Name', 'Type', 'Enabled', 'IsDefaultAuthorizationEndpoint'
  virtualDirectories             = 'Kind', 'Server', 'InternalUrl', 'ExternalUrl', 'OAuthAuthentication'
  exchangeServers                = 'Name', 'AdminDisplayVersion', 'ServerRole'
}

# ISO 8601 UTC dates, enum names, plain lists; anything else (ADObjectId, ServerVersion) as its text.
function ConvertTo-PostureValue($Value) {
  if ($null -eq $Value) { return $null }
  if ($Value -is [datetime]) {
    return $Value.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', [Globalization.CultureInfo]::InvariantCulture)
  }
  if ($Value -is [string] -or $Value -is [bool] -or $Value -is [int] -or $Value -is [long]) { return $Value }
  if ($Value -is [Collections.IEnumerable]) { return , @($Value | ForEach-Object { ConvertTo-PostureValue $_ }) }
  return $Value.ToString()
}

function Select-Posture([string]$Key, $Objects, [hashtable]$Extra = @{}) {
  foreach ($o in @($Objects)) {
    $row = [ordered]@{}
    foreach ($p in $Select[$Key]) {
      $row[$p] = if ($Extra.ContainsKey($p)) { $Extra[$p] } elseif ($o.PSObject.Properties[$p]) { ConvertTo-PostureValue $o.$p } else { $null }
    }
    [pscustomobject]$row
  }
}

# Get-MobileDevice | Get-MobileDeviceStatistics: LastSuccessSync is only in the statistics.
$devices = foreach ($d in Get-MobileDevice -ResultSize Unlimited) {
  $s = Get-MobileDeviceStatistics -Identity $d.Identity
  Select-Posture 'mobileDevices' $d @{
    LastSuccessSync         = ConvertTo-PostureValue $s.LastSuccessSync
    DeviceActiveSyncVersion = ConvertTo-PostureValue $(if ($d.PSObject.Properties['DeviceActiveSyncVersion']) { $d.DeviceActiveSyncVersion } else { $s.DeviceActiveSyncVersion })
  }
}

# The ActiveSync and MAPI directories have no OAuthAuthentication: OAuth is one of their methods.
$vdirCmdlets = [ordered]@{ ActiveSync = 'Get-ActiveSyncVirtualDirectory'; Autodiscover = 'Get-AutodiscoverVirtualDirectory'
  WebServices = 'Get-WebServicesVirtualDirectory'; Mapi = 'Get-MapiVirtualDirectory'; OAB = 'Get-OabVirtualDirectory' }
$vdirs = foreach ($kind in $vdirCmdlets.Keys) {
  foreach ($v in & $vdirCmdlets[$kind] -ADPropertiesOnly) {
    $oauth = if ($v.PSObject.Properties['OAuthAuthentication']) { [bool]$v.OAuthAuthentication } else {
      @(@($v.InternalAuthenticationMethods) + @($v.IISAuthenticationMethods) | Where-Object { "$_" -eq 'OAuth' }).Count -gt 0 }
    Select-Posture 'virtualDirectories' $v @{ Kind = $kind; OAuthAuthentication = $oauth }
  }
}

$body = [ordered]@{
  capturedAt         = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', [Globalization.CultureInfo]::InvariantCulture)
  exchangeOnPremises = [ordered]@{
    organizationConfig             = @(Select-Posture 'organizationConfig' (Get-OrganizationConfig))[0]
    authenticationPolicies         = @(Select-Posture 'authenticationPolicies' (Get-AuthenticationPolicy))
    users                          = @(Select-Posture 'users' (Get-User -ResultSize Unlimited))
    casMailboxes                   = @(Select-Posture 'casMailboxes' (Get-CASMailbox -ResultSize Unlimited))
    activeSyncOrganizationSettings = @(Select-Posture 'activeSyncOrganizationSettings' (Get-ActiveSyncOrganizationSettings))[0]
    activeSyncDeviceAccessRules    = @(Select-Posture 'activeSyncDeviceAccessRules' (Get-ActiveSyncDeviceAccessRule))
    mobileDevices                  = @($devices)
    authServers                    = @(Select-Posture 'authServers' (Get-AuthServer))
    virtualDirectories             = @($vdirs)
    exchangeServers                = @(Select-Posture 'exchangeServers' (Get-ExchangeServer))
  }
}
$json = $body | ConvertTo-Json -Depth 6 -Compress

if ($PSCmdlet.ParameterSetName -eq 'File') {
  [IO.File]::WriteAllText($OutFile, $json, (New-Object Text.UTF8Encoding($false)))
  Write-Output "wrote $OutFile ($($json.Length) characters)"
  return
}

$target = [uri]"$($Url.TrimEnd('/'))/api/v1/tenants/$TenantId/snapshots"
if ($target.Scheme -ne 'https' -and -not $target.IsLoopback) { throw "refusing to send the token over $($target.Scheme): use https" }
$token = if ($TokenFile) { (Get-Content -Raw -LiteralPath $TokenFile).Trim() } else { $env:POSTURE_TOKEN }
if (-not $token) { throw 'no token: pass -TokenFile or set POSTURE_TOKEN (a COLLECTOR token)' }
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$bytes = [Text.Encoding]::UTF8.GetBytes($json)

for ($attempt = 0; ; $attempt++) {
  try {
    $answer = Invoke-RestMethod -Method Post -Uri $target -Body $bytes -ContentType 'application/json; charset=utf-8' `
      -Headers @{ Authorization = "Bearer $token" } -TimeoutSec 120 -UseBasicParsing
    Write-Output "pushed snapshot $($answer.snapshotId) ($($devices.Count) devices)"
    return
  } catch [Net.WebException] {
    $status = if ($_.Exception.Response) { [int]$_.Exception.Response.StatusCode } else { 0 }
    # 4xx other than 408/429 will not get better by retrying: say what the server said.
    if ($status -ge 400 -and $status -lt 500 -and $status -ne 408 -and $status -ne 429) {
      throw "push refused: HTTP $status $($_.ErrorDetails.Message)"
    }
    if ($attempt -ge $Retries) { throw "push failed after $($attempt + 1) attempts: $($_.Exception.Message)" }
    $wait = [math]::Min(300, [math]::Pow(2, $attempt + 1)) + (Get-Random -Maximum 1000) / 1000
    Write-Warning "push attempt $($attempt + 1) failed (HTTP $status); retrying in $([int]$wait) s"
    Start-Sleep -Seconds $wait
  }
}
