/**
 * Traditional Chinese summaries of the Conditional Access and Intune checks (ENTRA.CA.*, INTUNE.*) and the
 * narrowings they nest (CA.NARROWING.*); same placeholders as the English in the catalogue.
 */
export const zhTWEntraMessages: Record<string, string> = {
  'CA.NARROWING.nothing': '',
  'CA.NARROWING.USERS_NOT_ALL': '僅指派給 %{userCount} 位使用者（%{users}%{groups}%{roles}）',
  'CA.NARROWING.users_groups': '；群組 %{groups}',
  'CA.NARROWING.users_roles': '；角色 %{roles}',
  'CA.NARROWING.USERS_EXCLUDED':
    '除緊急存取帳戶外還排除 %{userCount} 位使用者（%{users}）%{groups}%{waves}',
  'CA.NARROWING.excluded_groups': '，透過群組 %{groups}',
  'CA.NARROWING.excluded_waves': '，其中包括部署梯次 %{waves}',
  'CA.NARROWING.ROLES_EXCLUDED': '排除目錄角色 %{roles}',
  'CA.NARROWING.GUESTS_EXCLUDED': '排除來賓或外部使用者（%{types}）',
  'CA.NARROWING.APPLICATIONS': '目標為 %{applications}，而非所有資源',
  'CA.NARROWING.APPLICATIONS_EXCLUDED': '排除應用程式 %{applications}',
  'CA.NARROWING.APPLICATION_FILTER': '僅套用至以 %{mode} "%{rule}" 篩選的應用程式',
  'CA.NARROWING.CLIENT_APP_TYPES': '僅限用戶端應用程式 %{clientAppTypes}',
  'CA.NARROWING.PLATFORMS': '僅限裝置平台 %{include}%{exclude}',
  'CA.NARROWING.except': '（%{exclude} 除外）',
  'CA.NARROWING.LOCATIONS': '位置 %{include}%{exclude}',
  'CA.NARROWING.location_all': '所有位置',
  'CA.NARROWING.location_all_trusted': '所有受信任的位置',
  'CA.NARROWING.location_trusted': '%{name}（受信任）',
  'CA.NARROWING.SIGN_IN_RISK': '僅在登入風險為 %{levels} 時套用',
  'CA.NARROWING.USER_RISK': '僅在使用者風險為 %{levels} 時套用',
  'CA.NARROWING.INSIDER_RISK': '僅在內部風險為 %{levels} 時套用',
  'CA.NARROWING.DEVICE_FILTER': '裝置篩選（%{mode} "%{rule}"）',
  'CA.NARROWING.CLIENT_APPLICATIONS': '目標為工作負載身分識別（服務主體），而非使用者',
  'CA.NARROWING.AUTHENTICATION_FLOWS': '僅限驗證流程 %{methods}',
  'CA.NARROWING.policy': '"%{policy}"：%{parts:join:；}',
  'CA.NARROWING.list': '%{policies:join: / }',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.nothing': '',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.pass':
    '已啟用的原則為所有使用者與所有資源封鎖 exchangeActiveSync 與其他用戶端，且沒有縮小範圍的條件%{excluded}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.excluded': '（緊急存取帳戶的 %{count} 項排除列於證據中）',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.pass_security_defaults':
    '安全性預設值已啟用：它會為每位使用者封鎖舊版驗證（Exchange ActiveSync 與其他用戶端）。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.warn_narrowed':
    '舊版驗證（%{missing:and}）只在縮小範圍的條件下被封鎖，因此有些舊版登入未被封鎖：%{narrowings}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.warn_report_only':
    '%{missing:and} 的舊版驗證只被僅限報告的原則封鎖，這些原則不會強制執行任何事。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.fail':
    '沒有已啟用的條件式存取原則為所有使用者與所有資源封鎖 %{missing:and} 的舊版驗證%{securityDefaults}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.security_defaults_off': '，且安全性預設值已關閉',
  'ENTRA.CA.MFA_EXCHANGE.nothing': '',
  'ENTRA.CA.MFA_EXCHANGE.pass_policy':
    '"%{policy}" 對來自行動應用程式和桌面用戶端的 Exchange Online，為所有使用者要求 MFA，且沒有縮小範圍的條件。',
  'ENTRA.CA.MFA_EXCHANGE.warn_security_defaults':
    '只有安全性預設值要求 MFA：只有在 Microsoft 判斷登入有風險時才會要求使用者進行 MFA（系統管理員則一律要求），並非每次登入 Exchange Online 都要求。請使用要求 MFA 的條件式存取原則。',
  'ENTRA.CA.MFA_EXCHANGE.fail':
    '沒有條件式存取原則對來自行動應用程式和桌面用戶端的 Exchange Online 要求 MFA%{optional}。',
  'ENTRA.CA.MFA_EXCHANGE.optional':
    '（在 %{policies:quoted} 中 MFA 只是替代方案之一：%{alternatives}）',
  'ENTRA.CA.MFA_EXCHANGE.warn_report_only':
    'Exchange Online 的 MFA 只由僅限報告的原則要求，這些原則不會強制執行任何事。',
  'ENTRA.CA.MFA_EXCHANGE.warn_no_pilot':
    'Exchange Online 的 MFA 並未對每位使用者與每次登入要求，也沒有可比較的試行梯次。%{narrowed}',
  'ENTRA.CA.MFA_EXCHANGE.narrowed': ' 縮小範圍：%{narrowings}。',
  'ENTRA.CA.MFA_EXCHANGE.pass_pilot':
    '已啟用的原則為 "%{wave}" 的全部 %{members} 位試行使用者要求 Exchange Online 的 MFA，且沒有縮小範圍的條件。',
  'ENTRA.CA.MFA_EXCHANGE.warn_pilot':
    '已啟用的原則在未縮小範圍的情況下，為 "%{wave}" 的 %{total} 位試行使用者中的 %{covered} 位要求 Exchange Online 的 MFA%{ratio}。%{narrowed}',
  'ENTRA.CA.MFA_EXCHANGE.ratio': '（%{ratio:percent}）',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.not_applicable': '不適用：此租用戶未設定緊急存取帳戶。',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.pass':
    '%{accounts} 個緊急存取帳戶已從全部 %{policies} 個封鎖或要求 MFA 的已啟用原則中排除。',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.fail':
    '%{accounts} 個緊急存取帳戶可能被鎖在外面：未從 %{policies:quoted} 中排除。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.nothing': '',
  'ENTRA.CA.APP_PROTECTION_MOBILE.pass':
    '已啟用的原則對 iOS 與 Android 上的 Exchange Online，為所有使用者要求應用程式保護原則（compliantApplication），且沒有 OR 替代方案與縮小範圍的條件。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_approved_only':
    '在 %{platforms:and} 上只強制執行「需要核准的用戶端應用程式」（approvedApplication），而 Microsoft 將淘汰此控制項；請改為要求應用程式保護原則。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_parts':
    '%{platforms:and} 上 Exchange Online 的應用程式保護原則並未對每位使用者與每次登入要求：%{parts:join:；}。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.alternative':
    '"%{policy}" 允許以 %{alternatives} 代替（OR）%{retired}',
  'ENTRA.CA.APP_PROTECTION_MOBILE.retired': '，且 Microsoft 將淘汰「需要核准的用戶端應用程式」',
  'ENTRA.CA.APP_PROTECTION_MOBILE.narrowed': '縮小範圍：%{narrowings}',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_report_only':
    '%{platforms:and} 上 Exchange Online 的應用程式保護原則只以僅限報告模式要求。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_none':
    '沒有已啟用的原則對 %{platforms:and} 上的 Exchange Online 要求應用程式保護原則。',
  'INTUNE.APP_PROTECTION_OUTLOOK.not_read':
    '未讀取 Intune 應用程式保護原則（請授與連接器 DeviceManagementApps.Read.All，或在 Entra 快照中傳送 iosManagedAppProtections 與 androidManagedAppProtections）；不對其做任何判定。',
  'INTUNE.APP_PROTECTION_OUTLOOK.fail': 'Outlook 未受 Intune 應用程式保護：%{why:join:；}。',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_none': '沒有 %{platform} 應用程式保護原則',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_no_outlook':
    '沒有 %{platform} 原則包含 Outlook（%{appId}）：%{policies:quoted}',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_unassigned':
    '包含 Outlook 的 %{count} 個 %{platform} 原則（%{policies:quoted}）未指派給任何人',
  'INTUNE.APP_PROTECTION_OUTLOOK.pass':
    '包含 Outlook 的應用程式保護原則已在 iOS 與 Android 上指派（%{how:join:；}）。',
  'INTUNE.APP_PROTECTION_OUTLOOK.how_all_users': '%{platform}：所有使用者',
  'INTUNE.APP_PROTECTION_OUTLOOK.how_waves': '%{platform}：每個部署梯次（%{waves} 個梯次）',
  'INTUNE.APP_PROTECTION_OUTLOOK.warn': 'Outlook 應用程式保護的範圍被縮小：%{parts:join:。}。',
  'INTUNE.APP_PROTECTION_OUTLOOK.part': '%{platform}：%{bits:join:；}',
  'INTUNE.APP_PROTECTION_OUTLOOK.assigned_only': '僅指派給 %{groups:quoted}',
  'INTUNE.APP_PROTECTION_OUTLOOK.excludes': '排除 %{groups:quoted}',
  'INTUNE.APP_PROTECTION_OUTLOOK.waves_left_out': '遺漏的梯次：%{waves:join:、}',
  'INTUNE.APP_PROTECTION_OUTLOOK.wave_left_out': '"%{wave}"（%{members} 人中 %{leftOut} 人）',
  'INTUNE.APP_PROTECTION_OUTLOOK.users_left_out': '遺漏 %{count} 位使用者（%{users}）',
  'INTUNE.APP_PROTECTION_OUTLOOK.users_left_out_more':
    '遺漏 %{count} 位使用者（%{users} 及其他 %{more} 位）',
  'INTUNE.APP_PROTECTION_OUTLOOK.nobody_left_out':
    '目前沒有人被遺漏，但之後加入的使用者不在涵蓋範圍內，也沒有可與群組比較的部署梯次',
};
