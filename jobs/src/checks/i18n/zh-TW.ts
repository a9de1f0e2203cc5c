import { zhTWCoverageMessages } from './zh-TW-coverage.js';
import { zhTWDriftMessages } from './zh-TW-drift.js';
import { zhTWIngestMessages } from './zh-TW-ingest.js';
import { zhTWEntraMessages } from './zh-TW-entra.js';
import type { CatalogueTranslation } from './types.js';

/** Traditional Chinese. Cmdlets, parameter names, policy and product names stay as Microsoft writes them. */
export const zhTW: CatalogueTranslation = {
  checks: {
    'EXO.AUTHPOL.BLOCKS_BASIC': { title: 'Exchange Online 驗證原則封鎖行動通訊協定的基本驗證' },
    'EXO.AUTHPOL.ORG_DEFAULT': { title: 'Exchange Online 組織預設驗證原則封鎖基本驗證' },
    'ROLLOUT.PILOT_COVERAGE': { title: '試行梯次的每位成員都受封鎖基本驗證的原則涵蓋' },
    'ROLLOUT.SCHEDULE': { title: '已過預定日期的每個梯次都已完全涵蓋' },
    'ROLLOUT.ORG_COVERAGE': {
      title: '每位信箱使用者都受其信箱所在位置封鎖舊版驗證的原則涵蓋',
    },
    'EXO.SMTP_AUTH.DISABLED': { title: '組織已停用 SMTP AUTH，且沒有信箱重新啟用' },
    'ONPREM.HMA.ENABLED': { title: 'Exchange 內部部署已啟用混合式新式驗證 (HMA)' },
    'ONPREM.HMA.EVOSTS': {
      title: 'EvoSTS 是預設授權端點，且 HMA 虛擬目錄已啟用 OAuth',
    },
    'ONPREM.HMA.SPN': {
      title: '內部部署 ActiveSync 與 Autodiscover URL 已在 Exchange Online 註冊',
    },
    'ONPREM.SERVER.BUILD': {
      title: 'Exchange 伺服器執行支援 Outlook 行動版 HMA 與驗證原則的版本',
    },
    'ONPREM.AUTHPOL.BLOCKS_LEGACY': {
      title: '內部部署驗證原則封鎖 ActiveSync 與 Autodiscover 的舊版驗證',
    },
    'ONPREM.AUTHPOL.ORG_DEFAULT': { title: '內部部署組織預設驗證原則封鎖舊版驗證' },
    'ONPREM.EAS.DEFAULT_BLOCK': { title: 'ActiveSync 預設封鎖未知的行動用戶端' },
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': {
      title: 'Exchange Online 可透過 ActiveSync (OutlookService) 同步內部部署信箱',
    },
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': {
      title: 'Outlook for iOS and Android 無法以基本驗證連線內部部署 ActiveSync',
    },
    'ONPREM.EAS.UNAPPROVED_DEVICES': { title: '沒有未核准的行動用戶端與內部部署 ActiveSync 同步' },
    'ONPREM.EAS.PROTOCOL_VERSION': { title: '允許的行動裝置使用 ActiveSync 16.1 或更新版本' },
    'ENTRA.CA.BLOCK_LEGACY_AUTH': {
      title: '條件式存取封鎖舊版驗證 (Exchange ActiveSync 與其他用戶端)',
    },
    'ENTRA.CA.MFA_EXCHANGE': {
      title: '條件式存取要求從行動應用程式與桌面用戶端存取 Exchange Online 時使用 MFA',
    },
    'ENTRA.CA.BREAK_GLASS_EXCLUDED': { title: '緊急存取帳戶已從每個封鎖或 MFA 原則中排除' },
    'ENTRA.CA.APP_PROTECTION_MOBILE': {
      title: '條件式存取要求 iOS 與 Android 存取 Exchange Online 時套用應用程式保護原則',
    },
    'INTUNE.APP_PROTECTION_OUTLOOK': {
      title: 'Intune 應用程式保護原則為每位使用者保護 iOS 與 Android 上的 Outlook',
    },
    'SIGNIN.LEGACY_AUTH_SUCCESS': { title: '沒有透過舊版通訊協定成功的登入' },
    'SIGNIN.LEGACY_AUTH_ATTEMPTS': { title: '舊版登入失敗嘗試沒有增加' },
    'SIGNIN.UNAPPROVED_EAS_CLIENTS': { title: '只有核准的行動應用程式從手機存取 Exchange Online' },
    'SIGNIN.MFA_COVERAGE': { title: '成功的 Exchange Online 互動式登入都使用了 MFA' },
    'SIGNIN.CA_NOT_APPLIED': { title: '每次成功的 Exchange Online 登入都經過條件式存取評估' },
  },
  messages: {
    ...zhTWEntraMessages,
    ...zhTWIngestMessages,
    ...zhTWDriftMessages,
    ...zhTWCoverageMessages,
    'RUN.NOT_APPLICABLE.no_source': '不適用：此租用戶沒有 %{source} 資料。',
    'RUN.ERROR.reason': '無法評估：%{reason}。',
    'RUN.ERROR.thrown': '無法評估：%{reason}',
    'RUN.WAIVED': '已豁免 (原應為 %{wouldBe})：%{summary}',
    'RUN.REASON.signins_undelivered': '此租用戶已宣告會提供登入記錄，但尚未收到任何一筆',
    'RUN.REASON.signins_stale': '資料過舊：最新的登入資料早於 %{hours} 小時前',
    'RUN.REASON.signins_partial': '拉取的登入記錄只涵蓋部分期間',
    'RUN.REASON.source_undelivered': '此租用戶已宣告會提供 %{source}，但尚無快照包含該資料',
    'RUN.REASON.source_stale':
      '資料過舊：最新的 %{source} 資料 (%{capturedAt:date}) 早於 %{hours} 小時前',
    'EXO.AUTHPOL.BLOCKS_BASIC.pass':
      '%{total} 個驗證原則中有 %{blocking} 個封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證 (%{names})。',
    'EXO.AUTHPOL.BLOCKS_BASIC.fail_none_exist': '完全沒有驗證原則，因此沒有任何項目封鎖基本驗證。',
    'EXO.AUTHPOL.BLOCKS_BASIC.fail':
      '%{total} 個驗證原則中，沒有一個同時封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證。',
    'EXO.AUTHPOL.ORG_DEFAULT.warn_unset':
      '尚未設定組織預設驗證原則；推出正在進行中 (%{waves} 個梯次)。',
    'EXO.AUTHPOL.ORG_DEFAULT.fail_unset':
      '未設定組織預設驗證原則，因此沒有自己原則的使用者仍可使用基本驗證。',
    'EXO.AUTHPOL.ORG_DEFAULT.pass':
      '組織預設驗證原則 "%{policy}" 封鎖 Autodiscover、ActiveSync 與 Outlook Service 的基本驗證。',
    'EXO.AUTHPOL.ORG_DEFAULT.warn_allows':
      '組織預設驗證原則 "%{policy}" 仍允許基本驗證；推出正在進行中 (%{waves} 個梯次)。',
    'EXO.AUTHPOL.ORG_DEFAULT.fail_allows':
      '組織預設驗證原則 "%{policy}" 允許 Autodiscover、ActiveSync 或 Outlook Service 的基本驗證。',
    'EXO.SMTP_AUTH.DISABLED.pass':
      '組織已停用 SMTP AUTH，%{mailboxes} 個信箱中沒有任何一個重新啟用。',
    'EXO.SMTP_AUTH.DISABLED.fail_org':
      '整個組織都啟用了 SMTP AUTH (TransportConfig.SmtpClientAuthenticationDisabled 為 %{value})。',
    'EXO.SMTP_AUTH.DISABLED.fail_mailboxes':
      '組織已停用 SMTP AUTH，但有 %{mailboxes} 個信箱重新啟用。',
    'ONPREM.EAS.DEFAULT_BLOCK.pass':
      'ActiveSync 會封鎖沒有規則允許的行動用戶端 (DefaultAccessLevel 為 Block)。',
    'ONPREM.EAS.DEFAULT_BLOCK.fail':
      'ActiveSync 的 DefaultAccessLevel 為 %{level}，任何行動用戶端都能連線。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.fail_rule':
      '裝置存取規則將 DeviceType OutlookService 設為 %{levels:slash}：Exchange Online 無法將內部部署信箱同步到 Outlook 行動版。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.pass_default':
      'DefaultAccessLevel 為 Allow，因此 Exchange Online (OutlookService) 可以同步內部部署信箱。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.pass_rule':
      '裝置存取規則允許 DeviceType OutlookService，因此 Exchange Online 可以同步內部部署信箱。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.fail_default':
      'DefaultAccessLevel 為 %{level}，且沒有規則允許 DeviceType OutlookService：Exchange Online 無法將內部部署信箱同步到 Outlook 行動版。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.pass':
      '裝置存取規則封鎖 DeviceModel "Outlook for iOS and Android" 使用基本驗證的 ActiveSync。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.fail_no_rule':
      '沒有裝置存取規則封鎖 DeviceModel "Outlook for iOS and Android"：Outlook 行動版仍可用基本驗證連線內部部署。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.fail_rule':
      'DeviceModel "Outlook for iOS and Android" 的規則為 %{levels:slash}，而非 Block：Outlook 行動版仍可用基本驗證連線內部部署。',
    'ONPREM.EAS.UNAPPROVED_DEVICES.pass':
      '過去 %{days} 天內，除 Exchange Online 合作關係外沒有其他允許的裝置同步。',
    'ONPREM.EAS.UNAPPROVED_DEVICES.fail':
      '過去 %{days} 天內有 %{devices} 台未核准的裝置在 Allowed 狀態下與內部部署 ActiveSync 同步。',
    'ONPREM.EAS.PROTOCOL_VERSION.pass':
      '最近同步的 %{devices} 台允許裝置都使用 ActiveSync 16.1 或更新版本。',
    'ONPREM.EAS.PROTOCOL_VERSION.warn':
      '%{devices} 台允許的裝置使用早於 16.1 (或未知) 的 ActiveSync 通訊協定。',
    'ONPREM.EAS.PROTOCOL_VERSION.problem_unknown': '通訊協定版本不明',
    'ONPREM.EAS.PROTOCOL_VERSION.problem_older': 'ActiveSync %{version} 早於 16.1',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.pass':
      '%{total} 個內部部署驗證原則中有 %{blocking} 個封鎖 ActiveSync 與 Autodiscover 的舊版驗證 (%{names})。',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.fail_none_exist':
      'Exchange 內部部署沒有驗證原則，因此沒有任何項目封鎖 ActiveSync 與 Autodiscover 的舊版驗證。',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.fail':
      '%{total} 個內部部署驗證原則中，沒有一個同時封鎖 ActiveSync 與 Autodiscover 的舊版驗證。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.pass':
      '內部部署預設驗證原則 "%{policy}" 封鎖 ActiveSync 與 Autodiscover 的舊版驗證。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.warn_unset':
      '未設定內部部署預設驗證原則；推出正在進行中 (%{waves} 個梯次)。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.fail_unset': '未設定內部部署預設驗證原則。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.warn_allows':
      '內部部署預設驗證原則 "%{policy}" 未同時封鎖 ActiveSync 與 Autodiscover 的舊版驗證；推出正在進行中 (%{waves} 個梯次)。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.fail_allows':
      '內部部署預設驗證原則 "%{policy}" 未同時封鎖 ActiveSync 與 Autodiscover 的舊版驗證。',
    'ONPREM.HMA.ENABLED.pass': '已啟用混合式新式驗證 (OAuth2ClientProfileEnabled 為 true)。',
    'ONPREM.HMA.ENABLED.fail': '混合式新式驗證已關閉 (OAuth2ClientProfileEnabled 為 %{value})。',
    'ONPREM.HMA.EVOSTS.pass':
      'EvoSts "%{authServer}" 是預設授權端點，%{servers} 台伺服器的 Mapi、WebServices、OAB、Autodiscover 與 ActiveSync 目錄都已啟用 OAuth。',
    'ONPREM.HMA.EVOSTS.warn': '必要的 HMA 設定已完成，但%{gaps}。',
    'ONPREM.HMA.EVOSTS.fail': '混合式新式驗證設定不完整：%{gaps}。',
    'ONPREM.HMA.EVOSTS.gaps': '%{list:join:；}',
    'ONPREM.HMA.EVOSTS.gaps_more': '%{list:join:；} (以及其他 %{more} 項)',
    'ONPREM.HMA.EVOSTS.gap_no_evosts': '沒有 EvoSts 驗證伺服器 (請執行混合式設定精靈)',
    'ONPREM.HMA.EVOSTS.gap_no_default': '沒有啟用的 EvoSts 驗證伺服器是預設授權端點',
    'ONPREM.HMA.EVOSTS.gap_many_defaults':
      '有 %{count} 台 EvoSts 驗證伺服器是預設授權端點；必須只有一台',
    'ONPREM.HMA.EVOSTS.gap_no_vdirs': '沒有回報任何伺服器的虛擬目錄',
    'ONPREM.HMA.EVOSTS.gap_vdir_missing': '%{server}：未回報 %{kind} 虛擬目錄',
    'ONPREM.HMA.EVOSTS.gap_vdir_oauth_off': '%{server}：%{kind} 虛擬目錄的 OAuth 已關閉',
    'ONPREM.HMA.SPN.warn_no_hosts':
      '沒有 ActiveSync 或 Autodiscover 虛擬目錄具有外部 URL：沒有可註冊的項目，Outlook 行動版也無法透過 HMA 存取內部部署信箱。',
    'ONPREM.HMA.SPN.pass':
      'Exchange Online 服務主體列出 %{hosts} 個外部 ActiveSync/Autodiscover 主機。',
    'ONPREM.HMA.SPN.fail':
      '%{count} 個內部部署主機不是 Exchange Online 的服務主體名稱 (%{hosts})：Outlook 行動版無法取得內部部署信箱的權杖。',
    'ONPREM.SERVER.BUILD.fail':
      '%{count} 台伺服器執行 Exchange 2010 或更舊版本，Outlook 行動版只能使用基本驗證：%{servers}。',
    'ONPREM.SERVER.BUILD.warn': '%{count} 台伺服器執行沒有內部部署驗證原則的版本：%{servers}。',
    'ONPREM.SERVER.BUILD.pass':
      '全部 %{count} 台伺服器都執行 Exchange 2019 或 Subscription Edition (15.2)。',
    'ROLLOUT.no_wave': '不適用：此租用戶沒有推出梯次。',
    'ROLLOUT.PILOT_COVERAGE.warn_no_members': '試行梯次 "%{wave}" 沒有成員，因此沒有人在試行原則。',
    'ROLLOUT.PILOT_COVERAGE.warn_no_mailboxes':
      '試行梯次 "%{wave}" 的成員都沒有信箱，因此沒有人在試行原則。',
    'ROLLOUT.PILOT_COVERAGE.coverage':
      '"%{wave}" 中有信箱的 %{total} 位試行使用者裡，已涵蓋 %{covered} 位 (%{ratio:percent})。',
    'ROLLOUT.SCHEDULE.pass_none_due': '尚無梯次到達預定日期。',
    'ROLLOUT.SCHEDULE.pass': '已過預定日期的 %{due} 個梯次都已完全涵蓋。',
    'ROLLOUT.SCHEDULE.warn': '%{count} 個梯次延遲：%{waves}。',
    'ROLLOUT.SCHEDULE.late_wave': '"%{wave}" (%{covered}/%{total}，%{ratio:percent})',
    'ROLLOUT.ORG_COVERAGE.pass_no_mailboxes': '沒有需要涵蓋的使用者信箱。',
    'ROLLOUT.ORG_COVERAGE.coverage':
      '%{total} 位信箱使用者中已涵蓋 %{covered} 位 (%{ratio:percent})。',
    'SIGNIN.nothing': '',
    'SIGNIN.unknown_apps': ' 視為舊版的未知用戶端應用程式：%{apps:quoted}。',
    'SIGNIN.LEGACY_AUTH_SUCCESS.pass': '過去 %{days} 天內沒有成功的舊版登入。',
    'SIGNIN.LEGACY_AUTH_SUCCESS.fail':
      '過去 %{days} 天內有 %{count} 次成功的舊版登入 (%{protocols})。%{unknown}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.pass':
      '期間內有 %{current} 次舊版登入失敗嘗試，前一期間為 %{previous} 次 (%{change}；門檻 +%{threshold:percent})。',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.warn':
      '期間內有 %{current} 次舊版登入失敗嘗試，前一期間為 %{previous} 次 (%{change}；門檻 +%{threshold:percent})。仍有 %{users} 位使用者嘗試舊版通訊協定。%{unknown}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_none': '兩個期間都沒有',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_none_before': '前一期間沒有',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_rise': '+%{rise:percent}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_fall': '%{rise:percent}',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.pass':
      '過去 %{days} 天內沒有基本驗證的 ActiveSync 登入，也沒有未核准的行動應用程式存取 Exchange Online。',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.fail': '%{parts:join:；}。',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_eas': '%{count} 個使用者/裝置透過基本驗證 ActiveSync 登入',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_apps':
      '%{count} 個使用者/應用程式以未核准的應用程式從 iOS/Android 存取 Exchange Online：%{apps}',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_apps_more':
      '%{count} 個使用者/應用程式以未核准的應用程式從 iOS/Android 存取 Exchange Online：%{apps} 等',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.app': '%{name} (%{appId})',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.unnamed_app': '未命名的應用程式',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.no_app_id': '沒有應用程式識別碼',
    'SIGNIN.MFA_COVERAGE.not_applicable':
      '不適用：過去 %{days} 天內沒有成功的 Exchange Online 互動式登入。',
    'SIGNIN.MFA_COVERAGE.result':
      '%{considered} 次成功的 Exchange Online 互動式登入中，有 %{withMfa} 次 (%{ratio:percent}) 使用了 MFA。%{weak}%{left}',
    'SIGNIN.MFA_COVERAGE.weak_waves': ' 低於 99% 的梯次：%{waves}。',
    'SIGNIN.MFA_COVERAGE.weak_wave': '"%{wave}" (%{ratio:percent})',
    'SIGNIN.MFA_COVERAGE.left_out': ' 已排除 %{events} 個沒有 authenticationRequirement 的事件。',
    'SIGNIN.CA_NOT_APPLIED.pass':
      '過去 %{days} 天內每次成功的 Exchange Online 登入都經過條件式存取評估。',
    'SIGNIN.CA_NOT_APPLIED.warn':
      '%{users} 位使用者的 %{count} 次成功 Exchange Online 登入沒有符合任何條件式存取原則。',
  },
};
