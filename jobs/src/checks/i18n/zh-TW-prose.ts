import type { ProseTranslation } from './types.js';

/**
 * Traditional Chinese: each check's description and rationale, and the prose of remediations (keys: the
 * English text as remediation-steps.ts cuts it). Cmdlets, parameter names, Microsoft's page titles
 * and URLs stay as they are; terms follow Microsoft's own zh-TW documentation.
 */
export const zhTWProse: ProseTranslation = {
  checks: {
    'EXO.AUTHPOL.BLOCKS_BASIC': {
      description:
        '至少有一個驗證原則的 AllowBasicAuthAutodiscover、AllowBasicAuthActiveSync 與 AllowBasicAuthOutlookService 皆設為 false。',
      rationale:
        '來源文章步驟 1：在指派給試行群組之前，先建立停用 Autodiscover、ActiveSync 與 Outlook Service 基本驗證的驗證原則。',
    },
    'EXO.AUTHPOL.ORG_DEFAULT': {
      description:
        'OrganizationConfig.DefaultAuthenticationPolicy 指向一個關閉 Autodiscover、ActiveSync 與 Outlook Service 基本驗證的驗證原則。部署進行中（已有梯次且預設尚未封鎖）時，結果為 WARN 而非 FAIL。',
      rationale:
        '來源文章，Exchange Online 設定：試行群組測試原則後，以 Set-OrganizationConfig -DefaultAuthenticationPolicy 將其設為組織預設，部署給所有人。',
    },
    'ROLLOUT.PILOT_COVERAGE': {
      description:
        '試行梯次群組（含巢狀群組）中每位有信箱的成員都受涵蓋，依信箱所在位置判斷：Exchange Online 信箱看其有效的 Exchange Online 原則（自己的，否則為組織預設）是否封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證；內部部署信箱看其有效的內部部署原則（內部部署 Get-User 中自己的，否則為內部部署預設）是否具有 BlockLegacyAuthActiveSync 與 BlockLegacyAuthAutodiscover。沒有信箱的成員另外計算。達到租用戶門檻（預設 95%）以上為 WARN，低於則為 FAIL。',
      rationale:
        '來源文章，Exchange Online 設定：先將驗證原則指派給一組試行使用者，測試後才部署給所有人。',
    },
    'ROLLOUT.SCHEDULE': {
      description:
        'plannedAt 已過的每個部署梯次，其所有有信箱的成員都受涵蓋，依信箱所在位置判斷：Exchange Online 信箱看其有效的 Exchange Online 原則（自己的，否則為組織預設）是否封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證；內部部署信箱看其有效的內部部署原則（內部部署 Get-User 中自己的，否則為內部部署預設）是否具有 BlockLegacyAuthActiveSync 與 BlockLegacyAuthAutodiscover。沒有信箱的成員另外計算；延遲的梯次會連同涵蓋率列出。',
      rationale:
        '來源文章，Exchange Online 設定：試行之後，驗證原則會部署給所有使用者；梯次計畫追蹤這項部署，避免在試行後停滯。',
    },
    'ROLLOUT.ORG_COVERAGE': {
      description:
        '每位有信箱的使用者（Exchange Online 的 Get-User，若有則加上內部部署的 Get-User）都受涵蓋，依信箱所在位置判斷：Exchange Online 信箱看其有效的 Exchange Online 原則（自己的，否則為組織預設）是否封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證；內部部署信箱看其有效的內部部署原則（內部部署 Get-User 中自己的，否則為內部部署預設）是否具有 BlockLegacyAuthActiveSync 與 BlockLegacyAuthAutodiscover。沒有信箱的成員另外計算。未全部涵蓋時為 WARN：這是部署進度，不是故障。',
      rationale:
        '來源文章，Exchange Online 與內部部署設定：部署的最終狀態是在 Exchange Online 與內部部署中，都透過 Set-OrganizationConfig -DefaultAuthenticationPolicy 將原則套用到每位使用者。',
    },
    'EXO.SMTP_AUTH.DISABLED': {
      description:
        'TransportConfig.SmtpClientAuthenticationDisabled 為 true，且沒有信箱以 CASMailbox.SmtpClientAuthenticationDisabled = false 覆寫它。',
      rationale:
        '來源文章，部署步驟 3：在傳訊服務層級封鎖舊版驗證嘗試。經過驗證的 SMTP 是行動通訊協定驗證原則不會關閉的基本驗證通訊協定，也是 Exchange Online 仍接受基本驗證的唯一通訊協定：到 2026 年 12 月底前維持不變，之後現有租用戶預設關閉（系統管理員仍可重新開啟），最終移除日期將於 2027 年下半年公布（"Updated Exchange Online SMTP AUTH Basic Authentication Deprecation Timeline"，Exchange Team Blog，2026 年 1 月 27 日，https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835）。在租用戶與每個信箱都停用之前，遭竊的密碼就能以該使用者身分寄信。',
    },
    'ONPREM.HMA.ENABLED': {
      description: '內部部署的 OrganizationConfig.OAuth2ClientProfileEnabled 為 true。',
      rationale:
        '來源文章，Exchange 內部部署架構：Outlook 行動版只能透過混合式新式驗證連線到內部部署信箱，並以 Entra ID (EvoSTS) 作為 Exchange Server 的授權伺服器。',
    },
    'ONPREM.HMA.EVOSTS': {
      description:
        '恰好有一個已啟用的 "EvoSts - <GUID>" 驗證伺服器 (Get-AuthServer) 是預設授權端點，且每台伺服器的 Mapi、WebServices (EWS)、OAB 與 Autodiscover 虛擬目錄（Microsoft HMA 設定頁面列出的四個）都已啟用 OAuth；ActiveSync 未啟用 OAuth 只是警告。',
      rationale:
        '"How to configure Exchange Server on-premises to use Hybrid Modern Authentication" (https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication)：HMA 需要 EvoSTS 驗證伺服器作為預設授權端點（"Confirm the EvoSTS Auth Server Object is Present"、"Enable HMA"），並在 Outlook 使用的「四個虛擬目錄中的任何一個」上啟用 OAuth：MAPI、EWS、OAB 與 Autodiscover。ActiveSync 也會檢查，但僅為警告：Exchange Online 透過 ActiveSync 為 Outlook 行動版同步內部部署信箱（"Using hybrid Modern Authentication with Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth)），但我們找不到 Microsoft 說明其目錄必須列出 OAuth。',
    },
    'ONPREM.HMA.SPN': {
      description:
        'Exchange Online 服務主體 (appId 00000002-0000-0ff1-ce00-000000000000) 的 servicePrincipalNames 中，對內部部署 ActiveSync 與 Autodiscover 每個外部 URL（Get-ActiveSyncVirtualDirectory 與 Get-AutodiscoverVirtualDirectory 的 ExternalUrl）的主機都有一個 https:// 名稱。',
      rationale:
        '"How to configure Exchange Server on-premises to use Hybrid Modern Authentication" (https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication)，"Add on-premises web service URLs as SPNs in Azure AD"：用戶端連線的內部部署 URL（MAPI/HTTP、EWS、ActiveSync、OAB、Autodiscover）必須是 Exchange Online 應用程式 00000002-0000-0ff1-ce00-000000000000 的服務主體名稱，否則 Entra ID 不會為其發行權杖。"Using hybrid Modern Authentication with Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth)：Outlook for iOS and Android 透過 Exchange Online 連線到內部部署信箱，而 Exchange Online 使用 Autodiscover 與 ActiveSync 的外部 URL，因此這項檢查要求這些名稱。',
    },
    'ONPREM.SERVER.BUILD': {
      description:
        'Get-ExchangeServer 的每台伺服器回報的 AdminDisplayVersion 都是 15.2（Exchange 2019 或 Subscription Edition）：Outlook 行動版的 HMA 需要 15.x（Exchange 2013 或更新版本），而封鎖舊版驗證的內部部署驗證原則只存在於 Exchange 2019。不判斷最低累積更新：我們找不到 Microsoft 頁面為這些功能指定最低版本。',
      rationale:
        '"Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/outlook-for-ios-and-android)：在 Exchange Server 2010 環境中，Outlook for iOS and Android 使用基本驗證；混合式新式驗證適用於 Exchange Server 2013、2016 與 2019。"New-AuthenticationPolicy" (https://learn.microsoft.com/powershell/module/exchange/new-authenticationpolicy)：封鎖舊版驗證的內部部署原則 (BlockLegacyAuth*) 是 Exchange 2019 的功能。我們找不到 Microsoft 頁面為兩者指定最低累積更新，因此這項檢查只判斷主要版本。',
    },
    'ONPREM.AUTHPOL.BLOCKS_LEGACY': {
      description:
        '至少有一個 Exchange 內部部署驗證原則的 BlockLegacyAuthActiveSync 與 BlockLegacyAuthAutodiscover 皆為 true。',
      rationale:
        '來源文章，Exchange 內部部署設定：為阻止對內部部署 ActiveSync 的舊版驗證嘗試，建立封鎖 Autodiscover 與 ActiveSync 舊版驗證的驗證原則（BlockLegacyAuthAutodiscover 與 BlockLegacyAuthActiveSync 為 true）。',
    },
    'ONPREM.AUTHPOL.ORG_DEFAULT': {
      description:
        '內部部署的 OrganizationConfig.DefaultAuthenticationPolicy 指向封鎖 ActiveSync 與 Autodiscover 舊版驗證的原則。部署進行中（已有梯次且預設尚未封鎖）時，結果為 WARN 而非 FAIL。',
      rationale:
        '來源文章，Exchange 內部部署設定：先以 Set-User 將原則指派給試行群組，再於內部部署 Exchange PowerShell 中以 Set-OrganizationConfig -DefaultAuthenticationPolicy 套用到整個組織。',
    },
    'ONPREM.EAS.DEFAULT_BLOCK': {
      description:
        '內部部署的 ActiveSyncOrganizationSettings.DefaultAccessLevel 為 Block（Allow 或 Quarantine 會讓任何用戶端進入）。',
      rationale:
        '來源文章，Exchange 內部部署設定：為了只允許 Outlook 行動版作為核准的用戶端，在 Exchange 內部部署層級封鎖其他行動裝置用戶端。',
    },
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': {
      description:
        'DefaultAccessLevel 為 Allow，或存在 Characteristic=DeviceType、QueryString=OutlookService、AccessLevel=Allow 的裝置存取規則，且沒有規則封鎖或隔離該裝置類型。否則 Exchange Online 無法將內部部署信箱同步到 Outlook 行動版：這不只是風險，而是服務中斷。',
      rationale:
        '來源文章，Exchange 內部部署設定：當預設存取層級不是 Allow 時，以 DeviceType OutlookService 的裝置存取規則允許 Exchange Online 連線到內部部署；Exchange Online 會代表 Outlook 行動版同步信箱。',
    },
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': {
      description:
        '存在 Characteristic=DeviceModel、QueryString="Outlook for iOS and Android"、AccessLevel=Block 的裝置存取規則，因此 Outlook 行動版無法以基本驗證直接連線到內部部署。',
      rationale:
        '來源文章，Exchange 內部部署設定：以針對其裝置型號的裝置存取規則封鎖 Outlook for iOS and Android 的基本驗證，使其只能透過混合式新式驗證連線。',
    },
    'ONPREM.EAS.UNAPPROVED_DEVICES': {
      description:
        '在回溯期間（預設 30 天）內同步的行動裝置合作關係中，除了 Exchange Online 同步合作關係 (DeviceType OutlookService) 外，沒有任何處於 Allowed 狀態。',
      rationale:
        '來源文章，Exchange 內部部署設定：只有透過 Exchange Online 同步的 Outlook 行動版（OutlookService 合作關係）是核准的用戶端；其他用戶端的連線嘗試必須在 Exchange 內部部署層級封鎖。',
    },
    'ONPREM.EAS.PROTOCOL_VERSION': {
      description:
        '在回溯期間內同步的允許裝置中，沒有任何裝置回報的 DeviceActiveSyncVersion 早於 16.1（較舊的通訊協定版本會失去 Exchange Online 的存取權）。版本為空或無法讀取的裝置也會列出。',
      rationale:
        '來源文章，架構與「替代方案」：使用者需要支援新式驗證的行動用戶端（建議 Outlook 行動版，也允許支援新式驗證的第三方用戶端）。仍使用早於 16.1 之 ActiveSync 通訊協定的裝置會失去 Exchange Online 的存取權，因此是強制執行前要替換的用戶端。',
    },
    'ENTRA.CA.BLOCK_LEGACY_AUTH': {
      description:
        '讀取所有已啟用與僅限報告的條件式存取原則（使用者、群組、角色、來賓、目標資源、用戶端應用程式類型、平台、含具名位置的位置、登入／使用者／內部風險、裝置篩選、工作負載身分識別、驗證流程）與安全性預設值。當授與為「封鎖」的已啟用原則各自涵蓋所有使用者與所有資源、沒有縮小範圍的條件、除緊急存取帳戶外沒有排除，且合起來涵蓋 exchangeActiveSync 與 other 兩種用戶端應用程式類型時，或安全性預設值已開啟時，即為通過。若涵蓋需要縮小範圍的原則（逐一列出）、以 Office 365 / Exchange Online 取代所有資源，或僅限報告原則，則為 WARN；否則為 FAIL。',
      rationale:
        '來源文章，部署步驟 2：在 Microsoft Entra ID 層級封鎖其他所有舊版驗證嘗試，讓只有通過條件式存取（MFA、應用程式保護）的新式用戶端才能連到 Exchange。原則只有在所有條件都符合時才會套用（"Building a Conditional Access policy"，https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-policies），因此縮小範圍的封鎖會讓舊版登入保持開放（"Block legacy authentication"，https://learn.microsoft.com/en-us/entra/identity/conditional-access/block-legacy-authentication）。安全性預設值也會封鎖舊版驗證（"Security defaults in Microsoft Entra ID"，https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults）。',
    },
    'ENTRA.CA.MFA_EXCHANGE': {
      description:
        '讀取所有已啟用與僅限報告的條件式存取原則（使用者、遞移解析的群組、角色、來賓、目標資源、用戶端應用程式類型、平台、含具名位置的位置、風險層級、裝置篩選、工作負載身分識別、驗證流程）、驗證強度原則與安全性預設值。當已啟用的原則對 Office 365 / Exchange Online 與 mobileAppsAndDesktopClients（或所有用戶端應用程式），為所有使用者或每位試行使用者要求 MFA（mfa 控制項，或每個允許組合都是多重要素的驗證強度；運算子為 OR 時每個替代方案都必須如此），且沒有縮小範圍的條件、除緊急存取帳戶外沒有排除時，即為通過。若為僅限報告、縮小範圍（逐一列出並說明遺漏的使用者）、只涵蓋部分試行成員，或只有安全性預設值（風險型 MFA），則為 WARN；完全沒有則為 FAIL。',
      rationale:
        '來源文章，Exchange Online 與內部部署工作流程：在 Outlook 行動版收到存取權杖與重新整理權杖之前，Entra ID 會套用條件式存取，使用者會完成多重要素驗證；行動存取的 MFA 是整個架構的目的。"Conditional Access: Grant" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant)：選擇「需要其中一個選取的控制項」時，任何一個替代方案都能滿足原則。"Authentication strengths" (https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-strengths)：驗證強度只允許列出的組合。"Security defaults in Microsoft Entra ID" (https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults)：只有在 Microsoft 判斷必要時才會要求使用者進行 MFA。',
    },
    'ENTRA.CA.BREAK_GLASS_EXCLUDED': {
      description:
        '租用戶設定中指定的每個緊急存取帳戶（UPN 或物件識別碼，透過 entra.users 解析），都直接或透過被排除的群組（含巢狀群組）從每個封鎖或要求 MFA 的已啟用條件式存取原則中排除，因此沒有人會被鎖在租用戶外。未設定緊急存取帳戶時為 NOT_APPLICABLE。',
      rationale:
        '來源文章，部署步驟 2 與條件式存取步驟：封鎖舊版驗證並在整個租用戶要求 MFA 時，不得將系統管理員鎖在外面；Microsoft 的條件式存取指引是將緊急存取帳戶從這類原則中排除。',
    },
    'ENTRA.CA.APP_PROTECTION_MOBILE': {
      description:
        '讀取所有已啟用與僅限報告的條件式存取原則（使用者、群組、角色、來賓、目標資源、用戶端應用程式類型、平台、位置、風險層級、裝置篩選、工作負載身分識別、驗證流程）。當 iOS 與 Android 的已啟用原則，對來自行動應用程式和桌面用戶端的 Exchange Online，為所有使用者（僅排除緊急存取帳戶）要求 compliantApplication（Intune 應用程式保護原則），且沒有不同樣要求它的 OR 替代方案、也沒有縮小範圍的條件時，即為通過。否則為 WARN：包括只要求 approvedApplication（Microsoft 將淘汰此控制項）、原則為僅限報告，或範圍被縮小（逐一列出）。',
      rationale:
        '來源文章，工作流程步驟 12（Exchange Online）／13（內部部署）：在 Outlook 行動版取得權杖之前，條件式存取原則除了 MFA 外，還能根據裝置狀態套用限制或強制執行應用程式保護原則。"Require approved client apps or app protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection) 與 "Migrate approved client app to application protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/migrate-approved-client-app)。',
    },
    'INTUNE.APP_PROTECTION_OUTLOOK': {
      description:
        '讀取隨 Entra 來源取得的 Intune 應用程式保護原則（GET /deviceAppManagement/iosManagedAppProtections 與 androidManagedAppProtections，$expand=apps,assignments）：每個原則的受管理應用程式（Outlook 在 iOS 上是 com.microsoft.Office.Outlook，在 Android 上是 com.microsoft.office.outlook，不分大小寫比較）與其指派（所有授權使用者、包含的群組、排除的群組；群組連同巢狀群組一起解析，與條件式存取檢查相同；排除優先於包含）。當兩個平台上包含 Outlook 的原則都指派給所有使用者（除緊急存取帳戶外不排除任何人），或涵蓋每個部署梯次的每位成員時，即為通過。範圍被縮小時為 WARN（列出排除的群組、梯次與遺漏的使用者）；任一平台沒有包含 Outlook 的已指派原則時為 FAIL；未讀取原則時為不適用。',
      rationale:
        '來源文章，工作流程步驟 12：條件式存取原則要求應用程式保護原則，因此 Intune 必須為 Outlook for iOS and Android 定義該原則並指派給使用者（"App protection policies overview"，https://learn.microsoft.com/en-us/intune/intune-service/apps/app-protection-policy；"Require approved client apps or app protection policy"，https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection）。不在任何已指派原則範圍內的使用者無法滿足「需要應用程式保護原則」，在未要求的情況下也得不到資料保護。Graph 結構："List iosManagedAppProtections" (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list)、"managedMobileApp resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp)、"targetedManagedAppPolicyAssignment resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment)。',
    },
    'SIGNIN.LEGACY_AUTH_SUCCESS': {
      description:
        '在回溯期間（預設 7 天）內，沒有透過舊版通訊協定且 status.errorCode 為 0 的登入。舊版指 clientAppUsed 為舊版通訊協定、空白，或 Browser 與 Mobile Apps and Desktop clients 以外的任何值（不分大小寫比較；未知的值會列在證據中）。',
      rationale:
        '來源文章，部署步驟 2 與 3：舊版驗證會同時在 Entra ID 層級與傳訊服務層級被封鎖；一次成功的舊版登入就證明其中一道封鎖缺漏。Exchange Online 本身不論租用戶如何設定，已不再接受 Exchange ActiveSync、POP、IMAP、EWS、遠端 PowerShell、Outlook (MAPI、RPC) 與離線通訊錄的基本驗證（"Deprecation of Basic authentication in Exchange Online"，https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online）；目前對 Exchange Online 的舊版成功登入是 SMTP AUTH（請參閱 EXO.SMTP_AUTH.DISABLED），而內部部署 Exchange 在自己的驗證原則與 ActiveSync 規則封鎖之前仍接受基本驗證。',
    },
    'SIGNIN.LEGACY_AUTH_ATTEMPTS': {
      description:
        '期間內失敗的舊版登入嘗試，相較於前一個等長期間的增幅沒有超過租用戶門檻（預設 +50%）。仍在嘗試的使用者會列出：在強制執行涵蓋他們之前，需要先替換其用戶端。',
      rationale:
        '來源文章，驗證原則從試行到全組織的部署：用戶端仍嘗試舊版通訊協定的使用者，在原則涵蓋他們時會收不到郵件，因此必須先改用 Outlook 行動版（新式驗證用戶端）。對 Exchange Online 而言，除 SMTP AUTH 外的所有通訊協定，這類嘗試都已經會失敗（"Deprecation of Basic authentication in Exchange Online"，https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online）：仍在嘗試的用戶端就是要移轉的對象。',
    },
    'SIGNIN.UNAPPROVED_EAS_CLIENTS': {
      description:
        '沒有 clientAppUsed = Exchange ActiveSync（基本驗證的 ActiveSync，不論用戶端為何）的成功登入，也沒有來自 iOS 或 Android、由租用戶核准之行動應用程式（設定 approvedMobileAppIds；預設：Outlook for iOS and Android 27922004-5251-4030-b22d-91ecd9a37ea4、Microsoft 365 (Office) 行動版 d3590ed6-52b3-4102-aeff-aad2292ab01c 與 Microsoft Teams 1fec8e78-bce4-4aaf-ab1b-5451cc387264，皆為支援應用程式保護原則的 Microsoft 應用程式）以外的應用程式對 Exchange Online 的新式成功登入。',
      rationale:
        '來源文章：Outlook for iOS and Android 是核准的行動用戶端；必須封鎖使用舊版驗證的 Exchange ActiveSync 存取，並封鎖其他用戶端，讓只有受應用程式保護（搭配 MFA）的應用程式能連到信箱。支援「需要應用程式保護原則」的 Microsoft 自家應用程式（"Conditional Access: Grant"，https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant）預設為核准；其用戶端識別碼是 Microsoft 公布的識別碼（"Extend a Teams message extension across Microsoft 365"，https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-message-extension）。',
    },
    'SIGNIN.MFA_COVERAGE': {
      description:
        '至少 99% 的 Exchange Online 互動式成功登入（包括永遠無法搭配 MFA 的舊版登入）具有 authenticationRequirement = multiFactorAuthentication；90% 以上為 WARN，低於則為 FAIL。同時以整個租用戶與每個部署梯次計算，取最差者。沒有 authenticationRequirement 的事件（v1.0 格式）不列入，並在證據中計數。',
      rationale:
        '來源文章，工作流程步驟 11-14：在發行權杖之前，Entra ID 會套用條件式存取，使用者會完成多重要素驗證要求；登入記錄顯示這是否真的發生。',
    },
    'SIGNIN.CA_NOT_APPLIED': {
      description:
        '期間內沒有 conditionalAccessStatus = notApplied 的 Exchange Online 成功登入；否則為 WARN，並列出不在任何原則範圍內的使用者。',
      rationale:
        '來源文章，工作流程步驟 11：Entra ID 會對每次 Outlook 行動版登入套用條件式存取原則；沒有任何原則套用的登入，是在沒有 MFA 或應用程式保護的情況下取得權杖。',
    },
  },
  remediation: {
    'In Exchange Online PowerShell:': '在 Exchange Online PowerShell 中：',
    '(a policy with AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all $false)':
      '（AllowBasicAuthAutodiscover、AllowBasicAuthActiveSync 與 AllowBasicAuthOutlookService 皆為 $false 的原則）',
    'For each uncovered pilot user: Exchange Online mailbox:':
      '對每位未涵蓋的試行使用者：Exchange Online 信箱：',
    '(Exchange Online PowerShell) On-premises mailbox:':
      '（Exchange Online PowerShell）內部部署信箱：',
    "(on-premises Exchange Management Shell) A result names the users and the tenant's own policies. A user whose own policy allows Basic auth needs that policy replaced, not only the organization default.":
      '（內部部署 Exchange 管理命令介面）結果會列出使用者與租用戶自己的原則。自身原則允許基本驗證的使用者，除了組織預設外，也必須替換該原則。',
    'For each uncovered member of a late wave: Exchange Online mailbox:':
      '對延遲梯次中每位未涵蓋的成員：Exchange Online 信箱：',
    "(on-premises Exchange Management Shell) A result names the users and the tenant's own policies or move the wave's planned date if the plan changed.":
      '（內部部署 Exchange 管理命令介面）結果會列出使用者與租用戶自己的原則。若計畫有變，請調整梯次的預定日期。',
    'for each listed user whose own policy allows legacy auth,':
      '對自身原則允許舊版驗證的每位列出使用者，',
    "A result names the tenant's own policies and users.": '結果會列出租用戶自己的原則與使用者。',
    then: '然後',
    'a failing result names them.': '失敗的結果會列出這些信箱。',
    'In the on-premises Exchange Management Shell (after running the Hybrid Configuration Wizard):':
      '在內部部署 Exchange 管理命令介面中（執行混合式設定精靈之後）：',
    'Run the latest Hybrid Configuration Wizard, then in the Exchange Management Shell make the EvoSts auth server the default':
      '執行最新的混合式設定精靈，然後在 Exchange 管理命令介面中將 EvoSts 驗證伺服器設為預設',
    'A failing result names the exact commands.': '失敗的結果會列出確切的命令。',
    'With Microsoft Graph PowerShell:': '使用 Microsoft Graph PowerShell：',
    'A failing result names the exact hosts.': '失敗的結果會列出確切的主機。',
    'Upgrade the listed servers to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update) and re-run the Hybrid Configuration Wizard.':
      '將列出的伺服器升級至 Exchange Server Subscription Edition（或套用最新累積更新的 Exchange 2019），並重新執行混合式設定精靈。',
    'Upgrade %{servers} to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update), then re-run the Hybrid Configuration Wizard.':
      '將 %{servers} 升級至 Exchange Server Subscription Edition（或套用最新累積更新的 Exchange 2019），然後重新執行混合式設定精靈。',
    'In the on-premises Exchange Management Shell (Exchange 2019 CU2 or later):':
      '在內部部署 Exchange 管理命令介面中（Exchange 2019 CU2 或更新版本）：',
    'In the on-premises Exchange Management Shell:': '在內部部署 Exchange 管理命令介面中：',
    'pilot users first with': '先對試行使用者執行',
    "A result names the organization's own policy when it has one.":
      '若組織有自己的原則，結果會列出該原則。',
    'In the on-premises Exchange Management Shell: If (':
      '在內部部署 Exchange 管理命令介面中：If (',
    'for each listed device, remove its exemption': '對每個列出的裝置，移除其例外',
    '(Set-CASMailbox -ActiveSyncBlockedDeviceIDs @{Add=…}) a failing result names each user and device id.':
      '(Set-CASMailbox -ActiveSyncBlockedDeviceIDs @{Add=…})。失敗的結果會列出每位使用者與裝置識別碼。',
    'Update or replace the listed clients (move users to Outlook for iOS and Android) to stop a client family in the on-premises Exchange Management Shell:':
      '更新或替換列出的用戶端（讓使用者改用 Outlook for iOS and Android）。若要在內部部署 Exchange 管理命令介面中封鎖整個用戶端系列：',
    'A warning result names each user agent.': '警告的結果會列出每個使用者代理程式。',
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Block legacy authentication": Users = All users (exclude only the emergency-access accounts), Target resources = All resources, Conditions > Client apps = Exchange ActiveSync clients and Other clients and no other condition (no platform, location, risk or device filter), Grant = Block access, Enable policy = On.':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 從範本「封鎖舊版驗證」建立新原則：使用者 = 所有使用者（僅排除緊急存取帳戶）、目標資源 = 所有資源、條件 > 用戶端應用程式 = Exchange ActiveSync 用戶端與其他用戶端，且沒有其他條件（沒有平台、位置、風險或裝置篩選）、授與 = 封鎖存取、啟用原則 = 開啟。',
    'Microsoft Entra admin center > Protection > Conditional Access > New policy: Users = All users (or the pilot group first exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online (or Office 365), Conditions > Client apps = Mobile apps and desktop clients and no risk, location, platform or device condition, Grant = Require multifactor authentication (or the built-in "Multifactor authentication" strength) as the only control, Enable policy = On.':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 新增原則：使用者 = 所有使用者（或先用試行群組；僅排除緊急存取帳戶）、目標資源 = Office 365 Exchange Online（或 Office 365）、條件 > 用戶端應用程式 = 行動應用程式和桌面用戶端，且沒有風險、位置、平台或裝置條件、授與 = 需要多重要素驗證（或內建的「多重要素驗證」強度）作為唯一控制項、啟用原則 = 開啟。',
    'Microsoft Entra admin center > Protection > Conditional Access > open each listed policy > Users > Exclude > Users and groups: add the emergency-access accounts (or their group). With Microsoft Graph PowerShell:':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 開啟每個列出的原則 > 使用者 > 排除 > 使用者和群組：加入緊急存取帳戶（或其群組）。使用 Microsoft Graph PowerShell：',
    'a failing result names each policy id and account id.':
      '失敗的結果會列出每個原則識別碼與帳戶識別碼。',
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Require app protection policy": Users = All users (exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online, Conditions > Device platforms = Android and iOS, Client apps = Mobile apps and desktop clients, no other condition, Grant = Require app protection policy as the only control, Enable policy = On assign an Intune app protection policy for Outlook to all users.':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 從範本「需要應用程式保護原則」建立新原則：使用者 = 所有使用者（僅排除緊急存取帳戶）、目標資源 = Office 365 Exchange Online、條件 > 裝置平台 = Android 與 iOS、用戶端應用程式 = 行動應用程式和桌面用戶端，沒有其他條件、授與 = 需要應用程式保護原則作為唯一控制項、啟用原則 = 開啟。並將 Outlook 的 Intune 應用程式保護原則指派給所有使用者。',
    'Microsoft Intune admin center > Apps > App protection policies > Create policy > iOS/iPadOS (then Android): Apps = Microsoft Outlook (with the other Microsoft apps your users need), data protection and access requirements as your standard, Assignments > Included groups = All users (or every rollout wave group), Excluded groups = none beyond the emergency-access accounts.':
      'Microsoft Intune 系統管理中心 > 應用程式 > 應用程式保護原則 > 建立原則 > iOS/iPadOS（然後 Android）：應用程式 = Microsoft Outlook（以及使用者需要的其他 Microsoft 應用程式）、資料保護與存取需求依貴組織的標準、指派 > 包含的群組 = 所有使用者（或每個部署梯次的群組）、排除的群組 = 除緊急存取帳戶外無。',
    'Enforce the blocks: Microsoft Entra admin center > Protection > Conditional Access > "Block legacy authentication" policy set to On in Exchange Online PowerShell:':
      '強制執行封鎖：在 Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 將「封鎖舊版驗證」原則設為開啟；在 Exchange Online PowerShell 中：',
    'Find the clients in Entra admin center > Monitoring & health > Sign-in logs, filter Client app = the legacy protocols listed.':
      '在 Entra 系統管理中心 > 監視與健康情況 > 登入記錄中，以用戶端應用程式 = 列出的舊版通訊協定篩選，找出這些用戶端。',
    'Contact the listed users and move them to Outlook for iOS and Android or another modern-auth client review them in Microsoft Entra admin center > Monitoring & health > Sign-in logs (Status = Failure, Client app = legacy protocols).':
      '聯絡列出的使用者，讓他們改用 Outlook for iOS and Android 或其他新式驗證用戶端；可在 Microsoft Entra 系統管理中心 > 監視與健康情況 > 登入記錄（狀態 = 失敗、用戶端應用程式 = 舊版通訊協定）中檢視。',
    'Microsoft Entra admin center > Protection > Conditional Access: a policy for Device platforms Android and iOS, Target resources Office 365 Exchange Online, Grant = Require app protection policy keep the "Block legacy authentication" policy On for Exchange ActiveSync clients. Move the listed users to Outlook for iOS and Android, or, for an app the organisation accepts, add its application id to the tenant setting "Approved mobile apps".':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取：建立裝置平台為 Android 與 iOS、目標資源為 Office 365 Exchange Online、授與 = 需要應用程式保護原則的原則，並讓針對 Exchange ActiveSync 用戶端的「封鎖舊版驗證」原則保持開啟。讓列出的使用者改用 Outlook for iOS and Android；若是組織接受的應用程式，請將其應用程式識別碼加入租用戶設定「核准的行動應用程式」。',
    'Microsoft Entra admin center > Protection > Conditional Access: a policy with Users = All users (or the pilot group), Target resources = Office 365 Exchange Online, Client apps = Mobile apps and desktop clients, Grant = Require multifactor authentication, Enable policy = On and block legacy authentication, which cannot carry MFA.':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取：建立使用者 = 所有使用者（或試行群組）、目標資源 = Office 365 Exchange Online、用戶端應用程式 = 行動應用程式和桌面用戶端、授與 = 需要多重要素驗證、啟用原則 = 開啟的原則，並封鎖無法搭配 MFA 的舊版驗證。',
    'Microsoft Entra admin center > Protection > Conditional Access: widen the Exchange Online policies to Users = All users (exclude only emergency-access accounts) and Target resources = Office 365 Exchange Online check the listed users with Conditional Access > What If.':
      'Microsoft Entra 系統管理中心 > 保護 > 條件式存取：將 Exchange Online 原則擴大為使用者 = 所有使用者（僅排除緊急存取帳戶）與目標資源 = Office 365 Exchange Online，並以條件式存取 > What If 檢查列出的使用者。',
    'In Exchange Online PowerShell, turn the three flags off on the policy meant for the rollout:':
      '在 Exchange Online PowerShell 中，關閉要部署之原則上的三個旗標：',
    "(the tenant's policy that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service)":
      '（租用戶中封鎖 Autodiscover、ActiveSync 與 Outlook Service 基本驗證的原則）',
    'Exchange Online PowerShell:': 'Exchange Online PowerShell：',
    'on-premises Exchange Management Shell:': '內部部署 Exchange 管理命令介面：',
    'In the on-premises Exchange Management Shell (Exchange 2019 or later), on the policy meant for the rollout:':
      '在內部部署 Exchange 管理命令介面中（Exchange 2019 或更新版本），對要部署的原則執行：',
    "(the organization's policy that blocks legacy auth for ActiveSync and Autodiscover)":
      '（組織中封鎖 ActiveSync 與 Autodiscover 舊版驗證的原則）',
    'Exclude the emergency-access accounts from each listed policy (Microsoft Entra admin center > Protection > Conditional Access > the policy > Users > Exclude), or with Microsoft Graph PowerShell: "%{policy}":':
      '從每個列出的原則中排除緊急存取帳戶（Microsoft Entra 系統管理中心 > 保護 > 條件式存取 > 該原則 > 使用者 > 排除），或使用 Microsoft Graph PowerShell：「%{policy}」：',
    '"%{policy}":': '「%{policy}」：',
    '(and the other %{count} listed)': '（以及列出的其他 %{count} 項）',
    'Run the latest Hybrid Configuration Wizard (it creates the EvoSts auth server)':
      '執行最新的混合式設定精靈（它會建立 EvoSts 驗證伺服器）',
  },
};
