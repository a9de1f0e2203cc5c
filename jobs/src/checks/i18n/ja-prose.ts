import type { ProseTranslation } from './types.js';

/**
 * Japanese: each check's description and rationale, and the prose of remediations (keys: the
 * English text as remediation-steps.ts cuts it). Cmdlets, parameter names, Microsoft's page titles
 * and URLs stay as they are; terms follow Microsoft's own ja documentation.
 */
export const jaProse: ProseTranslation = {
  checks: {
    'EXO.AUTHPOL.BLOCKS_BASIC': {
      description:
        '少なくとも 1 つの認証ポリシーで AllowBasicAuthAutodiscover、AllowBasicAuthActiveSync、AllowBasicAuthOutlookService がすべて false になっている。',
      rationale:
        '元記事のステップ 1: パイロット グループに割り当てる前に、Autodiscover、ActiveSync、Outlook Service の基本認証を無効にする認証ポリシーを作成する。',
    },
    'EXO.AUTHPOL.ORG_DEFAULT': {
      description:
        'OrganizationConfig.DefaultAuthenticationPolicy が、Autodiscover、ActiveSync、Outlook Service の基本認証をオフにする認証ポリシーを指している。ロールアウト中 (ウェーブがあり、既定がまだブロックしていない) は FAIL ではなく WARN。',
      rationale:
        '元記事、Exchange Online の構成: パイロット グループでポリシーを試したあと、Set-OrganizationConfig -DefaultAuthenticationPolicy で組織の既定にして全員に展開する。',
    },
    'ROLLOUT.PILOT_COVERAGE': {
      description:
        'パイロット ウェーブのグループ (入れ子のグループを含む) のメールボックスを持つ全メンバーが、メールボックスの所在で判定して対象になっている: Exchange Online のメールボックスは有効な Exchange Online ポリシー (自分のもの、なければ組織の既定) が Autodiscover、ActiveSync、Outlook Service の基本認証をブロックしていること。オンプレミスのメールボックスは有効なオンプレミス ポリシー (オンプレミスの Get-User の自分のもの、なければオンプレミスの既定) が BlockLegacyAuthActiveSync と BlockLegacyAuthAutodiscover を持つこと。メールボックスのないメンバーは別に数える。テナントのしきい値 (既定 95%) 以上なら WARN、未満なら FAIL。',
      rationale:
        '元記事、Exchange Online の構成: 認証ポリシーはまずユーザーのパイロット グループに割り当て、試してから全員に展開する。',
    },
    'ROLLOUT.SCHEDULE': {
      description:
        'plannedAt が過去のロールアウト ウェーブはどれも、メールボックスを持つ全メンバーが、メールボックスの所在で判定して対象になっている: Exchange Online のメールボックスは有効な Exchange Online ポリシー (自分のもの、なければ組織の既定) が Autodiscover、ActiveSync、Outlook Service の基本認証をブロックしていること。オンプレミスのメールボックスは有効なオンプレミス ポリシー (オンプレミスの Get-User の自分のもの、なければオンプレミスの既定) が BlockLegacyAuthActiveSync と BlockLegacyAuthAutodiscover を持つこと。メールボックスのないメンバーは別に数え、遅れているウェーブはカバー率とともに示す。',
      rationale:
        '元記事、Exchange Online の構成: パイロットのあと、認証ポリシーを全ユーザーに展開する。ウェーブ計画はその展開を追跡し、パイロットの後で止まらないようにする。',
    },
    'ROLLOUT.ORG_COVERAGE': {
      description:
        'メールボックスを持つ全ユーザー (Exchange Online の Get-User と、あればオンプレミスの Get-User) が、メールボックスの所在で判定して対象になっている: Exchange Online のメールボックスは有効な Exchange Online ポリシー (自分のもの、なければ組織の既定) が Autodiscover、ActiveSync、Outlook Service の基本認証をブロックしていること。オンプレミスのメールボックスは有効なオンプレミス ポリシー (オンプレミスの Get-User の自分のもの、なければオンプレミスの既定) が BlockLegacyAuthActiveSync と BlockLegacyAuthAutodiscover を持つこと。メールボックスのないメンバーは別に数える。満たない場合は WARN: 障害ではなくロールアウトの進み具合。',
      rationale:
        '元記事、Exchange Online とオンプレミスの構成: ロールアウトの最終状態は、Exchange Online とオンプレミスの両方で Set-OrganizationConfig -DefaultAuthenticationPolicy によりポリシーが全ユーザーに適用されていること。',
    },
    'EXO.SMTP_AUTH.DISABLED': {
      description:
        'TransportConfig.SmtpClientAuthenticationDisabled が true で、CASMailbox.SmtpClientAuthenticationDisabled = false で上書きしているメールボックスがない。',
      rationale:
        '元記事、展開のステップ 3: メッセージング サービスのレベルでレガシ認証の試行をブロックする。認証済み SMTP は、モバイル プロトコル用の認証ポリシーでは閉じられない基本認証プロトコルで、Exchange Online が今も基本認証で受け付ける唯一のもの: 2026 年 12 月末までは変更なし、その後既存テナントでは既定でオフ (管理者は再びオンにできる)、最終的な廃止日は 2027 年後半に発表予定 ("Updated Exchange Online SMTP AUTH Basic Authentication Deprecation Timeline"、Exchange Team Blog、2026 年 1 月 27 日、https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835)。テナントとすべてのメールボックスで無効にするまで、盗まれたパスワードでそのユーザーとしてメールを送信できる。',
    },
    'ONPREM.HMA.ENABLED': {
      description: 'オンプレミスの OrganizationConfig.OAuth2ClientProfileEnabled が true。',
      rationale:
        '元記事、Exchange オンプレミスのアーキテクチャ: Outlook モバイルがオンプレミスのメールボックスに接続できるのはハイブリッド先進認証経由だけで、Entra ID (EvoSTS) が Exchange Server の承認サーバーになる。',
    },
    'ONPREM.HMA.EVOSTS': {
      description:
        '有効な "EvoSts - <GUID>" 認証サーバー (Get-AuthServer) がちょうど 1 台、既定の承認エンドポイントになっており、すべてのサーバーの Mapi、WebServices (EWS)、OAB、Autodiscover 仮想ディレクトリ (Microsoft の HMA 設定ページが挙げる 4 つ) で OAuth が有効。ActiveSync で OAuth がないのは警告。',
      rationale:
        '"How to configure Exchange Server on-premises to use Hybrid Modern Authentication" (https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication): HMA には既定の承認エンドポイントとしての EvoSTS 認証サーバー ("Confirm the EvoSTS Auth Server Object is Present"、"Enable HMA") と、Outlook が使う「4 つの仮想ディレクトリのいずれか」(MAPI、EWS、OAB、Autodiscover) での OAuth が必要。ActiveSync も確認するが警告のみ: Exchange Online は Outlook モバイルのためにオンプレミスのメールボックスを ActiveSync で同期する ("Using hybrid Modern Authentication with Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth)) が、そのディレクトリに OAuth が必要だとする Microsoft の記述は見つからなかった。',
    },
    'ONPREM.HMA.SPN': {
      description:
        'Exchange Online のサービス プリンシパル (appId 00000002-0000-0ff1-ce00-000000000000) の servicePrincipalNames に、オンプレミスの ActiveSync と Autodiscover の外部 URL (Get-ActiveSyncVirtualDirectory と Get-AutodiscoverVirtualDirectory の ExternalUrl) のすべてのホストについて https:// の名前がある。',
      rationale:
        '"How to configure Exchange Server on-premises to use Hybrid Modern Authentication" (https://learn.microsoft.com/en-us/microsoft-365/enterprise/configure-exchange-server-for-hybrid-modern-authentication)、"Add on-premises web service URLs as SPNs in Azure AD": クライアントが接続するオンプレミスの URL (MAPI/HTTP、EWS、ActiveSync、OAB、Autodiscover) は Exchange Online アプリケーション 00000002-0000-0ff1-ce00-000000000000 のサービス プリンシパル名でなければならず、そうでないと Entra ID はそれらのトークンを発行しない。"Using hybrid Modern Authentication with Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/use-hybrid-modern-auth): Outlook for iOS and Android は Exchange Online 経由でオンプレミスのメールボックスに接続し、Exchange Online は Autodiscover と ActiveSync の外部 URL を使うため、このチェックはそれらの名前を求める。',
    },
    'ONPREM.SERVER.BUILD': {
      description:
        'Get-ExchangeServer のすべてのサーバーの AdminDisplayVersion が 15.2 (Exchange 2019 または Subscription Edition): Outlook モバイルの HMA には 15.x (Exchange 2013 以降) が必要で、レガシ認証をブロックするオンプレミスの認証ポリシーは Exchange 2019 にしかない。最低限の累積更新プログラムは判定しない: これらの機能についてそれを示す Microsoft のページが見つからなかった。',
      rationale:
        '"Outlook for iOS and Android" (https://learn.microsoft.com/en-us/exchange/clients/outlook-for-ios-and-android/outlook-for-ios-and-android): Outlook for iOS and Android は Exchange Server 2010 環境では基本認証を使い、ハイブリッド先進認証は Exchange Server 2013、2016、2019 向け。"New-AuthenticationPolicy" (https://learn.microsoft.com/powershell/module/exchange/new-authenticationpolicy): レガシ認証をブロックするオンプレミスのポリシー (BlockLegacyAuth*) は Exchange 2019 の機能。どちらにも最低限の累積更新プログラムを示す Microsoft のページが見つからなかったため、メジャー バージョンだけを判定する。',
    },
    'ONPREM.AUTHPOL.BLOCKS_LEGACY': {
      description:
        '少なくとも 1 つの Exchange オンプレミスの認証ポリシーで BlockLegacyAuthActiveSync と BlockLegacyAuthAutodiscover がともに true。',
      rationale:
        '元記事、Exchange オンプレミスの構成: オンプレミスの ActiveSync へのレガシ認証の試行を止めるため、Autodiscover と ActiveSync のレガシ認証をブロックする認証ポリシー (BlockLegacyAuthAutodiscover と BlockLegacyAuthActiveSync が true) を作成する。',
    },
    'ONPREM.AUTHPOL.ORG_DEFAULT': {
      description:
        'オンプレミスの OrganizationConfig.DefaultAuthenticationPolicy が、ActiveSync と Autodiscover のレガシ認証をブロックするポリシーを指している。ロールアウト中 (ウェーブがあり、既定がまだブロックしていない) は FAIL ではなく WARN。',
      rationale:
        '元記事、Exchange オンプレミスの構成: まず Set-User でパイロット グループにポリシーを割り当て、次にオンプレミスの Exchange PowerShell で Set-OrganizationConfig -DefaultAuthenticationPolicy により組織全体に適用する。',
    },
    'ONPREM.EAS.DEFAULT_BLOCK': {
      description:
        'オンプレミスの ActiveSyncOrganizationSettings.DefaultAccessLevel が Block (Allow や Quarantine ではどのクライアントも入れる)。',
      rationale:
        '元記事、Exchange オンプレミスの構成: 承認済みクライアントとして Outlook モバイルだけを許可するため、ほかのモバイル デバイス クライアントを Exchange オンプレミスのレベルでブロックする。',
    },
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': {
      description:
        'DefaultAccessLevel が Allow であるか、Characteristic=DeviceType、QueryString=OutlookService、AccessLevel=Allow のデバイス アクセス ルールがあり、かつそのデバイスの種類をブロックまたは検疫するルールがない。そうでなければ Exchange Online はオンプレミスのメールボックスを Outlook モバイルに同期できない: リスクにとどまらず障害になる。',
      rationale:
        '元記事、Exchange オンプレミスの構成: 既定のアクセス レベルが Allow でない場合は、DeviceType OutlookService のデバイス アクセス ルールで Exchange Online からオンプレミスへの接続を許可する。Exchange Online が Outlook モバイルに代わってメールボックスを同期する。',
    },
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': {
      description:
        'Characteristic=DeviceModel、QueryString="Outlook for iOS and Android"、AccessLevel=Block のデバイス アクセス ルールがあり、Outlook モバイルは基本認証でオンプレミスに直接接続できない。',
      rationale:
        '元記事、Exchange オンプレミスの構成: デバイス モデルに対するデバイス アクセス ルールで Outlook for iOS and Android の基本認証をブロックし、ハイブリッド先進認証経由でしか接続しないようにする。',
    },
    'ONPREM.EAS.UNAPPROVED_DEVICES': {
      description:
        '対象期間 (既定 30 日) に同期したモバイル デバイス パートナーシップのうち、Exchange Online の同期パートナーシップ (DeviceType OutlookService) 以外で Allowed のものがない。',
      rationale:
        '元記事、Exchange オンプレミスの構成: Exchange Online 経由で同期する Outlook モバイル (OutlookService パートナーシップ) だけが承認済みクライアントで、ほかのクライアントからの接続は Exchange オンプレミスのレベルでブロックする。',
    },
    'ONPREM.EAS.PROTOCOL_VERSION': {
      description:
        '対象期間に同期した許可済みデバイスで、DeviceActiveSyncVersion が 16.1 より古いものがない (古いプロトコル バージョンは Exchange Online にアクセスできなくなる)。バージョンが空または読めないデバイスも示す。',
      rationale:
        '元記事、アーキテクチャと「代替手段」: ユーザーには先進認証に対応したモバイル クライアントが必要 (Outlook モバイルを推奨、先進認証対応のサードパーティ製クライアントも可)。16.1 より古い ActiveSync プロトコルのデバイスは Exchange Online にアクセスできなくなるため、適用前に置き換えるべきクライアントになる。',
    },
    'ENTRA.CA.BLOCK_LEGACY_AUTH': {
      description:
        '有効およびレポート専用のすべての条件付きアクセス ポリシー (ユーザー、グループ、ロール、ゲスト、ターゲット リソース、クライアント アプリの種類、プラットフォーム、名前付きの場所を含む場所、サインイン・ユーザー・内部リスク、デバイスのフィルター、ワークロード ID、認証フロー) とセキュリティの既定値群を読む。許可が「ブロック」の有効なポリシーが、それぞれすべてのユーザーとすべてのリソースを対象とし、絞り込み条件も緊急アクセス用アカウント以外の除外もなく、合わせてクライアント アプリの種類 exchangeActiveSync と other の両方をカバーするとき、またはセキュリティの既定値群がオンのときに合格。カバーに絞り込まれたポリシー (各絞り込みを示す)、すべてのリソースではなく Office 365 / Exchange Online、またはレポート専用ポリシーが必要なら WARN、それ以外は FAIL。',
      rationale:
        '元記事、展開のステップ 2: ほかのレガシ認証の試行をすべて Microsoft Entra ID のレベルでブロックし、条件付きアクセス (MFA、アプリ保護) を通過した先進クライアントだけが Exchange に届くようにする。ポリシーはすべての条件が一致したときだけ適用される ("Building a Conditional Access policy"、https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-policies) ため、絞り込まれたブロックではレガシ サインインが開いたままになる ("Block legacy authentication"、https://learn.microsoft.com/en-us/entra/identity/conditional-access/block-legacy-authentication)。セキュリティの既定値群もレガシ認証をブロックする ("Security defaults in Microsoft Entra ID"、https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults)。',
    },
    'ENTRA.CA.MFA_EXCHANGE': {
      description:
        '有効およびレポート専用のすべての条件付きアクセス ポリシー (ユーザー、推移的に解決したグループ、ロール、ゲスト、ターゲット リソース、クライアント アプリの種類、プラットフォーム、名前付きの場所を含む場所、リスク レベル、デバイスのフィルター、ワークロード ID、認証フロー)、認証強度ポリシー、セキュリティの既定値群を読む。有効なポリシーが MFA (mfa コントロール、または許可する組み合わせがすべて多要素の認証強度。演算子 OR ではすべての選択肢がそうでなければならない) を、Office 365 / Exchange Online と mobileAppsAndDesktopClients (またはすべてのクライアント アプリ) について、すべてのユーザーまたはパイロットの全ユーザーに、絞り込み条件も緊急アクセス用アカウント以外の除外もなく要求するときに合格。レポート専用、絞り込みあり (各絞り込みと、それで外れるユーザーを示す)、パイロットの一部だけ、またはセキュリティの既定値群 (リスクベースの MFA) だけなら WARN、何もなければ FAIL。',
      rationale:
        '元記事、Exchange Online とオンプレミスのワークフロー: Outlook モバイルがアクセス トークンと更新トークンを受け取る前に、Entra ID が条件付きアクセスを適用し、ユーザーが多要素認証を完了する。モバイル アクセスの MFA がこのアーキテクチャ全体の目的。"Conditional Access: Grant" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant): 「選択したコントロールのいずれかが必要」ではどれか 1 つの選択肢でポリシーが満たされる。"Authentication strengths" (https://learn.microsoft.com/en-us/entra/identity/authentication/concept-authentication-strengths): 認証強度は一覧の組み合わせだけを許可する。"Security defaults in Microsoft Entra ID" (https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults): ユーザーが MFA を求められるのは Microsoft が必要と判断したときだけ。',
    },
    'ENTRA.CA.BREAK_GLASS_EXCLUDED': {
      description:
        'テナント設定に指定した緊急アクセス用アカウント (UPN またはオブジェクト ID、entra.users で解決) がどれも、ブロックまたは MFA を要求する有効なすべての条件付きアクセス ポリシーから、直接または除外されたグループ (入れ子のグループを含む) 経由で除外されており、誰もテナントから締め出されない。緊急アクセス用アカウントが設定されていなければ NOT_APPLICABLE。',
      rationale:
        '元記事、展開のステップ 2 と条件付きアクセスのステップ: レガシ認証のブロックとテナント全体での MFA 要求で管理者を締め出してはならない。Microsoft の条件付きアクセスのガイダンスは、緊急アクセス用アカウントをそのようなポリシーから除外することを求めている。',
    },
    'ENTRA.CA.APP_PROTECTION_MOBILE': {
      description:
        '有効およびレポート専用のすべての条件付きアクセス ポリシー (ユーザー、グループ、ロール、ゲスト、ターゲット リソース、クライアント アプリの種類、プラットフォーム、場所、リスク レベル、デバイスのフィルター、ワークロード ID、認証フロー) を読む。iOS と Android 向けの有効なポリシーが、モバイル アプリとデスクトップ クライアントからの Exchange Online に対して compliantApplication (Intune アプリ保護ポリシー) を、すべてのユーザー (除外は緊急アクセス用アカウントのみ) に、それを要求しない OR の選択肢も絞り込み条件もなく要求するときに合格。それ以外は WARN: approvedApplication だけを要求する場合 (Microsoft はこのコントロールを廃止する)、ポリシーがレポート専用の場合、絞り込まれている場合 (各絞り込みを示す) も含む。',
      rationale:
        '元記事、ワークフローのステップ 12 (Exchange Online) / 13 (オンプレミス): 条件付きアクセス ポリシーは、Outlook モバイルがトークンを得る前に、MFA に加えてデバイスの状態に基づく制限やアプリケーション保護ポリシーを適用できる。"Require approved client apps or app protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection) と "Migrate approved client app to application protection policy" (https://learn.microsoft.com/en-us/entra/identity/conditional-access/migrate-approved-client-app)。',
    },
    'INTUNE.APP_PROTECTION_OUTLOOK': {
      description:
        'Entra ソースとともに取得した Intune アプリ保護ポリシー (GET /deviceAppManagement/iosManagedAppProtections と androidManagedAppProtections、$expand=apps,assignments) を読む: 各ポリシーの管理対象アプリ (Outlook は iOS では com.microsoft.Office.Outlook、Android では com.microsoft.office.outlook、大文字と小文字を区別せず比較) と割り当て (ライセンスのある全ユーザー、含まれるグループ、除外されたグループ。グループは条件付きアクセスのチェックと同じく入れ子のグループも含めて解決し、除外が包含に優先する)。両方のプラットフォームで、Outlook を含むポリシーがすべてのユーザー (緊急アクセス用アカウント以外は除外なし) に割り当てられているか、すべてのロールアウト ウェーブの全メンバーに届いているときに合格。絞り込まれている場合は WARN (除外されたグループ、ウェーブ、外れるユーザーを示す)。Outlook を含む割り当て済みポリシーがないプラットフォームがあれば FAIL。ポリシーを読めなかった場合は該当なし。',
      rationale:
        '元記事、ワークフローのステップ 12: 条件付きアクセス ポリシーはアプリ保護ポリシーを要求するため、Intune で Outlook for iOS and Android 用に定義してユーザーに割り当てる必要がある ("App protection policies overview"、https://learn.microsoft.com/en-us/intune/intune-service/apps/app-protection-policy、"Require approved client apps or app protection policy"、https://learn.microsoft.com/en-us/entra/identity/conditional-access/howto-policy-approved-app-or-app-protection)。割り当てられたどのポリシーの対象でもないユーザーは「アプリ保護ポリシーが必要」を満たせず、要求されていない場合はデータ保護を受けられない。Graph の形式: "List iosManagedAppProtections" (https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list)、"managedMobileApp resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-managedmobileapp)、"targetedManagedAppPolicyAssignment resource type" (https://learn.microsoft.com/en-us/graph/api/resources/intune-mam-targetedmanagedapppolicyassignment)。',
    },
    'SIGNIN.LEGACY_AUTH_SUCCESS': {
      description:
        '対象期間 (既定 7 日) に、レガシ プロトコルで status.errorCode 0 のサインインがない。レガシとは、clientAppUsed がレガシ プロトコル、空、または Browser と Mobile Apps and Desktop clients 以外の値であること (大文字と小文字を区別せず比較。不明な値は証拠に示す)。',
      rationale:
        '元記事、展開のステップ 2 と 3: レガシ認証は Entra ID のレベルとメッセージング サービスのレベルの両方でブロックされる。レガシ サインインの成功は、そのどちらかのブロックが欠けている証拠。Exchange Online 自体は、テナントの設定にかかわらず Exchange ActiveSync、POP、IMAP、EWS、リモート PowerShell、Outlook (MAPI、RPC)、オフライン アドレス帳の基本認証をもう受け付けない ("Deprecation of Basic authentication in Exchange Online"、https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online)。現在 Exchange Online へのレガシの成功は SMTP AUTH (EXO.SMTP_AUTH.DISABLED を参照) で、オンプレミスの Exchange は自身の認証ポリシーと ActiveSync ルールがブロックするまで基本認証を受け付ける。',
    },
    'SIGNIN.LEGACY_AUTH_ATTEMPTS': {
      description:
        '期間内のレガシ サインイン試行の失敗が、同じ長さの前の期間に比べてテナントのしきい値 (既定 +50%) を超えて増えていない。まだ試行しているユーザーを示す: 適用が及ぶ前にクライアントの置き換えが必要。',
      rationale:
        '元記事、パイロットから組織全体への認証ポリシーの展開: クライアントがまだレガシ プロトコルを試しているユーザーは、ポリシーが適用されるとメールを失うため、先に Outlook モバイル (先進認証のクライアント) に移行する必要がある。Exchange Online に対しては、SMTP AUTH 以外のすべてのプロトコルでそのような試行はすでに失敗する ("Deprecation of Basic authentication in Exchange Online"、https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online): まだ試行しているクライアントが移行の対象。',
    },
    'SIGNIN.UNAPPROVED_EAS_CLIENTS': {
      description:
        'clientAppUsed = Exchange ActiveSync (クライアントを問わず基本認証の ActiveSync) のサインインの成功がなく、テナントの承認済みモバイル アプリ (設定 approvedMobileAppIds。既定: Outlook for iOS and Android 27922004-5251-4030-b22d-91ecd9a37ea4、Microsoft 365 (Office) モバイル d3590ed6-52b3-4102-aeff-aad2292ab01c、Microsoft Teams 1fec8e78-bce4-4aaf-ab1b-5451cc387264。アプリ保護ポリシーに対応した Microsoft のアプリ) 以外のアプリによる iOS・Android からの Exchange Online への先進認証のサインインの成功もない。',
      rationale:
        '元記事: Outlook for iOS and Android が承認済みのモバイル クライアントであり、レガシ認証による Exchange ActiveSync のアクセスはブロックし、ほかのクライアントもブロックして、アプリ保護 (と MFA) の下にあるアプリだけがメールボックスに届くようにする。「アプリ保護ポリシーが必要」に対応した Microsoft 自身のアプリ ("Conditional Access: Grant"、https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant) は既定で承認済み。そのクライアント ID は Microsoft が公開しているもの ("Extend a Teams message extension across Microsoft 365"、https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-message-extension)。',
    },
    'SIGNIN.MFA_COVERAGE': {
      description:
        'Exchange Online への対話型サインインの成功 (MFA を伴えないレガシのものも含む) の 99% 以上で authenticationRequirement = multiFactorAuthentication。90% 以上なら WARN、未満なら FAIL。テナント全体とロールアウト ウェーブごとに測り、最も悪い値を採る。authenticationRequirement のないイベント (v1.0 形式) は除外し、証拠に件数を示す。',
      rationale:
        '元記事、ワークフローのステップ 11-14: トークンが発行される前に、Entra ID が条件付きアクセスを適用し、ユーザーが多要素認証の要求を完了する。サインイン ログはそれが実際に行われたかを示す。',
    },
    'SIGNIN.CA_NOT_APPLIED': {
      description:
        '期間内の Exchange Online へのサインインの成功に conditionalAccessStatus = notApplied のものがない。あれば WARN。どのポリシーの対象でもないユーザーを示す。',
      rationale:
        '元記事、ワークフローのステップ 11: Entra ID は Outlook モバイルのすべてのサインインに条件付きアクセス ポリシーを適用する。どのポリシーも適用されなかったサインインは、MFA もアプリ保護もなしにトークンを得ている。',
    },
  },
  remediation: {
    'In Exchange Online PowerShell:': 'Exchange Online PowerShell で:',
    '(a policy with AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all $false)':
      '(AllowBasicAuthAutodiscover、AllowBasicAuthActiveSync、AllowBasicAuthOutlookService がすべて $false のポリシー)',
    'For each uncovered pilot user: Exchange Online mailbox:':
      '対象外のパイロット ユーザーごとに: Exchange Online のメールボックス:',
    '(Exchange Online PowerShell) On-premises mailbox:':
      '(Exchange Online PowerShell) オンプレミスのメールボックス:',
    "(on-premises Exchange Management Shell) A result names the users and the tenant's own policies. A user whose own policy allows Basic auth needs that policy replaced, not only the organization default.":
      '(オンプレミスの Exchange 管理シェル) 結果にはユーザーとテナント自身のポリシーが示されます。自分のポリシーが基本認証を許可しているユーザーは、組織の既定だけでなくそのポリシーの置き換えが必要です。',
    'For each uncovered member of a late wave: Exchange Online mailbox:':
      '遅れているウェーブの対象外メンバーごとに: Exchange Online のメールボックス:',
    "(on-premises Exchange Management Shell) A result names the users and the tenant's own policies or move the wave's planned date if the plan changed.":
      '(オンプレミスの Exchange 管理シェル) 結果にはユーザーとテナント自身のポリシーが示されます。計画が変わった場合はウェーブの予定日を変更してください。',
    'for each listed user whose own policy allows legacy auth,':
      '自分のポリシーがレガシ認証を許可している一覧のユーザーごとに、',
    "A result names the tenant's own policies and users.":
      '結果にはテナント自身のポリシーとユーザーが示されます。',
    then: '次に',
    'a failing result names them.': '失敗した結果にはそのメールボックスが示されます。',
    'In the on-premises Exchange Management Shell (after running the Hybrid Configuration Wizard):':
      'オンプレミスの Exchange 管理シェルで (ハイブリッド構成ウィザードの実行後):',
    'Run the latest Hybrid Configuration Wizard, then in the Exchange Management Shell make the EvoSts auth server the default':
      '最新のハイブリッド構成ウィザードを実行し、Exchange 管理シェルで EvoSts 認証サーバーを既定にします',
    'A failing result names the exact commands.':
      '失敗した結果には実行するコマンドがそのまま示されます。',
    'With Microsoft Graph PowerShell:': 'Microsoft Graph PowerShell で:',
    'A failing result names the exact hosts.': '失敗した結果には対象のホストがそのまま示されます。',
    'Upgrade the listed servers to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update) and re-run the Hybrid Configuration Wizard.':
      '一覧のサーバーを Exchange Server Subscription Edition (または最新の累積更新プログラムを適用した Exchange 2019) にアップグレードし、ハイブリッド構成ウィザードを再実行してください。',
    'Upgrade %{servers} to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update), then re-run the Hybrid Configuration Wizard.':
      '%{servers} を Exchange Server Subscription Edition (または最新の累積更新プログラムを適用した Exchange 2019) にアップグレードし、ハイブリッド構成ウィザードを再実行してください。',
    'In the on-premises Exchange Management Shell (Exchange 2019 CU2 or later):':
      'オンプレミスの Exchange 管理シェルで (Exchange 2019 CU2 以降):',
    'In the on-premises Exchange Management Shell:': 'オンプレミスの Exchange 管理シェルで:',
    'pilot users first with': 'まずパイロット ユーザーに',
    "A result names the organization's own policy when it has one.":
      '組織自身のポリシーがある場合、結果にはそのポリシーが示されます。',
    'In the on-premises Exchange Management Shell: If (':
      'オンプレミスの Exchange 管理シェルで: If (',
    'for each listed device, remove its exemption': '一覧のデバイスごとに、例外を削除する',
    '(Set-CASMailbox -ActiveSyncBlockedDeviceIDs @{Add=…}) a failing result names each user and device id.':
      '(Set-CASMailbox -ActiveSyncBlockedDeviceIDs @{Add=…})。失敗した結果には各ユーザーとデバイス ID が示されます。',
    'Update or replace the listed clients (move users to Outlook for iOS and Android) to stop a client family in the on-premises Exchange Management Shell:':
      '一覧のクライアントを更新または置き換えてください (ユーザーを Outlook for iOS and Android に移行します)。クライアントの種類ごと止めるには、オンプレミスの Exchange 管理シェルで:',
    'A warning result names each user agent.':
      '警告の結果には各ユーザー エージェントが示されます。',
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Block legacy authentication": Users = All users (exclude only the emergency-access accounts), Target resources = All resources, Conditions > Client apps = Exchange ActiveSync clients and Other clients and no other condition (no platform, location, risk or device filter), Grant = Block access, Enable policy = On.':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス > テンプレート「レガシ認証をブロックする」から新しいポリシーを作成: ユーザー = すべてのユーザー (除外は緊急アクセス用アカウントのみ)、ターゲット リソース = すべてのリソース、条件 > クライアント アプリ = Exchange ActiveSync クライアントとその他のクライアント、ほかの条件なし (プラットフォーム、場所、リスク、デバイスのフィルターなし)、許可 = アクセスのブロック、ポリシーの有効化 = オン。',
    'Microsoft Entra admin center > Protection > Conditional Access > New policy: Users = All users (or the pilot group first exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online (or Office 365), Conditions > Client apps = Mobile apps and desktop clients and no risk, location, platform or device condition, Grant = Require multifactor authentication (or the built-in "Multifactor authentication" strength) as the only control, Enable policy = On.':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス > 新しいポリシー: ユーザー = すべてのユーザー (またはまずパイロット グループ。除外は緊急アクセス用アカウントのみ)、ターゲット リソース = Office 365 Exchange Online (または Office 365)、条件 > クライアント アプリ = モバイル アプリとデスクトップ クライアント、リスク・場所・プラットフォーム・デバイスの条件なし、許可 = 多要素認証を要求する (または組み込みの認証強度「多要素認証」) を唯一のコントロールとして、ポリシーの有効化 = オン。',
    'Microsoft Entra admin center > Protection > Conditional Access > open each listed policy > Users > Exclude > Users and groups: add the emergency-access accounts (or their group). With Microsoft Graph PowerShell:':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス > 一覧の各ポリシーを開く > ユーザー > 対象外 > ユーザーとグループ: 緊急アクセス用アカウント (またはそのグループ) を追加します。Microsoft Graph PowerShell では:',
    'a failing result names each policy id and account id.':
      '失敗した結果には各ポリシー ID とアカウント ID が示されます。',
    'Microsoft Entra admin center > Protection > Conditional Access > Create new policy from template "Require app protection policy": Users = All users (exclude only the emergency-access accounts), Target resources = Office 365 Exchange Online, Conditions > Device platforms = Android and iOS, Client apps = Mobile apps and desktop clients, no other condition, Grant = Require app protection policy as the only control, Enable policy = On assign an Intune app protection policy for Outlook to all users.':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス > テンプレート「アプリ保護ポリシーを要求する」から新しいポリシーを作成: ユーザー = すべてのユーザー (除外は緊急アクセス用アカウントのみ)、ターゲット リソース = Office 365 Exchange Online、条件 > デバイス プラットフォーム = Android と iOS、クライアント アプリ = モバイル アプリとデスクトップ クライアント、ほかの条件なし、許可 = アプリ保護ポリシーが必要 を唯一のコントロールとして、ポリシーの有効化 = オン。さらに Outlook 用の Intune アプリ保護ポリシーを全ユーザーに割り当てます。',
    'Microsoft Intune admin center > Apps > App protection policies > Create policy > iOS/iPadOS (then Android): Apps = Microsoft Outlook (with the other Microsoft apps your users need), data protection and access requirements as your standard, Assignments > Included groups = All users (or every rollout wave group), Excluded groups = none beyond the emergency-access accounts.':
      'Microsoft Intune 管理センター > アプリ > アプリ保護ポリシー > ポリシーの作成 > iOS/iPadOS (次に Android): アプリ = Microsoft Outlook (ユーザーが必要とするほかの Microsoft アプリも)、データ保護とアクセス要件は組織の標準どおり、割り当て > 含まれるグループ = すべてのユーザー (またはすべてのロールアウト ウェーブのグループ)、除外されたグループ = 緊急アクセス用アカウント以外なし。',
    'Enforce the blocks: Microsoft Entra admin center > Protection > Conditional Access > "Block legacy authentication" policy set to On in Exchange Online PowerShell:':
      'ブロックを適用します: Microsoft Entra 管理センター > 保護 > 条件付きアクセス > 「レガシ認証をブロックする」ポリシーをオンにし、Exchange Online PowerShell で:',
    'Find the clients in Entra admin center > Monitoring & health > Sign-in logs, filter Client app = the legacy protocols listed.':
      'Entra 管理センター > 監視と正常性 > サインイン ログで、クライアント アプリ = 一覧のレガシ プロトコルでフィルターしてクライアントを特定します。',
    'Contact the listed users and move them to Outlook for iOS and Android or another modern-auth client review them in Microsoft Entra admin center > Monitoring & health > Sign-in logs (Status = Failure, Client app = legacy protocols).':
      '一覧のユーザーに連絡し、Outlook for iOS and Android またはほかの先進認証クライアントに移行してもらいます。Microsoft Entra 管理センター > 監視と正常性 > サインイン ログ (状態 = 失敗、クライアント アプリ = レガシ プロトコル) で確認できます。',
    'Microsoft Entra admin center > Protection > Conditional Access: a policy for Device platforms Android and iOS, Target resources Office 365 Exchange Online, Grant = Require app protection policy keep the "Block legacy authentication" policy On for Exchange ActiveSync clients. Move the listed users to Outlook for iOS and Android, or, for an app the organisation accepts, add its application id to the tenant setting "Approved mobile apps".':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス: デバイス プラットフォーム Android と iOS、ターゲット リソース Office 365 Exchange Online、許可 = アプリ保護ポリシーが必要 のポリシーを作成し、Exchange ActiveSync クライアント向けの「レガシ認証をブロックする」ポリシーをオンのままにします。一覧のユーザーを Outlook for iOS and Android に移行するか、組織が認めるアプリならそのアプリケーション ID をテナント設定「承認済みモバイル アプリ」に追加します。',
    'Microsoft Entra admin center > Protection > Conditional Access: a policy with Users = All users (or the pilot group), Target resources = Office 365 Exchange Online, Client apps = Mobile apps and desktop clients, Grant = Require multifactor authentication, Enable policy = On and block legacy authentication, which cannot carry MFA.':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス: ユーザー = すべてのユーザー (またはパイロット グループ)、ターゲット リソース = Office 365 Exchange Online、クライアント アプリ = モバイル アプリとデスクトップ クライアント、許可 = 多要素認証を要求する、ポリシーの有効化 = オン のポリシーを作成し、MFA を伴えないレガシ認証をブロックします。',
    'Microsoft Entra admin center > Protection > Conditional Access: widen the Exchange Online policies to Users = All users (exclude only emergency-access accounts) and Target resources = Office 365 Exchange Online check the listed users with Conditional Access > What If.':
      'Microsoft Entra 管理センター > 保護 > 条件付きアクセス: Exchange Online のポリシーをユーザー = すべてのユーザー (除外は緊急アクセス用アカウントのみ)、ターゲット リソース = Office 365 Exchange Online に広げ、一覧のユーザーを条件付きアクセス > What If で確認します。',
    'In Exchange Online PowerShell, turn the three flags off on the policy meant for the rollout:':
      'Exchange Online PowerShell で、ロールアウト用のポリシーの 3 つのフラグをオフにします:',
    "(the tenant's policy that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service)":
      '(Autodiscover、ActiveSync、Outlook Service の基本認証をブロックするテナントのポリシー)',
    'Exchange Online PowerShell:': 'Exchange Online PowerShell で:',
    'on-premises Exchange Management Shell:': 'オンプレミスの Exchange 管理シェル:',
    'In the on-premises Exchange Management Shell (Exchange 2019 or later), on the policy meant for the rollout:':
      'オンプレミスの Exchange 管理シェル (Exchange 2019 以降) で、ロールアウト用のポリシーに:',
    "(the organization's policy that blocks legacy auth for ActiveSync and Autodiscover)":
      '(ActiveSync と Autodiscover のレガシ認証をブロックする組織のポリシー)',
    'Exclude the emergency-access accounts from each listed policy (Microsoft Entra admin center > Protection > Conditional Access > the policy > Users > Exclude), or with Microsoft Graph PowerShell: "%{policy}":':
      '一覧の各ポリシーから緊急アクセス用アカウントを除外します (Microsoft Entra 管理センター > 保護 > 条件付きアクセス > ポリシー > ユーザー > 対象外)。Microsoft Graph PowerShell では: 「%{policy}」:',
    '"%{policy}":': '「%{policy}」:',
    '(and the other %{count} listed)': '(一覧のほか %{count} 件も同様)',
    'Run the latest Hybrid Configuration Wizard (it creates the EvoSts auth server)':
      '最新のハイブリッド構成ウィザードを実行します (EvoSts 認証サーバーが作成されます)',
  },
};
