/**
 * Japanese summaries of the Conditional Access and Intune checks (ENTRA.CA.*, INTUNE.*) and the
 * narrowings they nest (CA.NARROWING.*); same placeholders as the English in the catalogue.
 */
export const jaEntraMessages: Record<string, string> = {
  'CA.NARROWING.nothing': '',
  'CA.NARROWING.USERS_NOT_ALL':
    '割り当てはユーザー %{userCount} 人のみ (%{users}%{groups}%{roles})',
  'CA.NARROWING.users_groups': '。グループ: %{groups}',
  'CA.NARROWING.users_roles': '。ロール: %{roles}',
  'CA.NARROWING.USERS_EXCLUDED':
    '緊急アクセス用アカウント以外にユーザー %{userCount} 人を除外 (%{users})%{groups}%{waves}',
  'CA.NARROWING.excluded_groups': ' (グループ %{groups} 経由)',
  'CA.NARROWING.excluded_waves': '、うちロールアウト ウェーブ %{waves}',
  'CA.NARROWING.ROLES_EXCLUDED': 'ディレクトリ ロール %{roles} を除外',
  'CA.NARROWING.GUESTS_EXCLUDED': 'ゲストまたは外部ユーザーを除外 (%{types})',
  'CA.NARROWING.APPLICATIONS': 'すべてのリソースではなく %{applications} のみが対象',
  'CA.NARROWING.APPLICATIONS_EXCLUDED': 'アプリケーション %{applications} を除外',
  'CA.NARROWING.APPLICATION_FILTER': '%{mode} "%{rule}" でフィルターしたアプリケーションにのみ適用',
  'CA.NARROWING.CLIENT_APP_TYPES': 'クライアント アプリ %{clientAppTypes} のみ',
  'CA.NARROWING.PLATFORMS': 'デバイス プラットフォーム %{include} のみ%{exclude}',
  'CA.NARROWING.except': ' (%{exclude} を除く)',
  'CA.NARROWING.LOCATIONS': '場所 %{include}%{exclude}',
  'CA.NARROWING.location_all': 'すべての場所',
  'CA.NARROWING.location_all_trusted': 'すべての信頼できる場所',
  'CA.NARROWING.location_trusted': '%{name} (信頼済み)',
  'CA.NARROWING.SIGN_IN_RISK': 'サインインのリスク %{levels} でのみ適用',
  'CA.NARROWING.USER_RISK': 'ユーザーのリスク %{levels} でのみ適用',
  'CA.NARROWING.INSIDER_RISK': 'インサイダー リスク %{levels} でのみ適用',
  'CA.NARROWING.DEVICE_FILTER': 'デバイスのフィルター (%{mode} "%{rule}")',
  'CA.NARROWING.CLIENT_APPLICATIONS':
    'ユーザーではなくワークロード ID (サービス プリンシパル) が対象',
  'CA.NARROWING.AUTHENTICATION_FLOWS': '認証フロー %{methods} にのみ適用',
  'CA.NARROWING.policy': '"%{policy}": %{parts:join:、}',
  'CA.NARROWING.list': '%{policies:join: / }',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.nothing': '',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.pass':
    '有効なポリシーが、すべてのユーザーとすべてのリソースについて exchangeActiveSync とその他のクライアントの両方を、絞り込み条件なしでブロックしています%{excluded}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.excluded':
    ' (緊急アクセス用アカウントの除外 %{count} 件は証拠に記載)',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.pass_security_defaults':
    'セキュリティの既定値群が有効です: すべてのユーザーのレガシ認証 (Exchange ActiveSync とその他のクライアント) をブロックします。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.warn_narrowed':
    'レガシ認証 (%{missing:and}) は絞り込み条件の下でしかブロックされておらず、ブロックされないレガシ サインインがあります: %{narrowings}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.warn_report_only':
    '%{missing:and} のレガシ認証をブロックしているのはレポート専用ポリシーだけで、何も強制されていません。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.fail':
    'すべてのユーザーとすべてのリソースについて %{missing:and} のレガシ認証をブロックする有効な条件付きアクセス ポリシーがありません%{securityDefaults}。',
  'ENTRA.CA.BLOCK_LEGACY_AUTH.security_defaults_off': '。セキュリティの既定値群もオフです',
  'ENTRA.CA.MFA_EXCHANGE.nothing': '',
  'ENTRA.CA.MFA_EXCHANGE.pass_policy':
    '"%{policy}" が、モバイル アプリとデスクトップ クライアントからの Exchange Online に対して、すべてのユーザーに絞り込み条件なしで MFA を要求しています。',
  'ENTRA.CA.MFA_EXCHANGE.warn_security_defaults':
    'MFA を求めているのはセキュリティの既定値群だけです: ユーザーに MFA を要求するのは Microsoft がサインインを危険と判断したときだけで (管理者は常に)、Exchange Online へのすべてのサインインではありません。MFA を要求する条件付きアクセス ポリシーを使ってください。',
  'ENTRA.CA.MFA_EXCHANGE.fail':
    'モバイル アプリとデスクトップ クライアントからの Exchange Online に MFA を要求する条件付きアクセス ポリシーがありません%{optional}。',
  'ENTRA.CA.MFA_EXCHANGE.optional':
    ' (%{policies:quoted} では MFA は選択肢の 1 つにすぎません: %{alternatives})',
  'ENTRA.CA.MFA_EXCHANGE.warn_report_only':
    'Exchange Online の MFA を要求しているのはレポート専用ポリシーだけで、何も強制されていません。',
  'ENTRA.CA.MFA_EXCHANGE.warn_no_pilot':
    'Exchange Online の MFA はすべてのユーザーとサインインには要求されておらず、比較するパイロット ウェーブもありません。%{narrowed}',
  'ENTRA.CA.MFA_EXCHANGE.narrowed': ' 絞り込み: %{narrowings}。',
  'ENTRA.CA.MFA_EXCHANGE.pass_pilot':
    '有効なポリシーが、"%{wave}" のパイロット ユーザー %{members} 人全員に、絞り込み条件なしで Exchange Online の MFA を要求しています。',
  'ENTRA.CA.MFA_EXCHANGE.warn_pilot':
    '有効なポリシーが絞り込みなしで Exchange Online の MFA を要求しているのは、"%{wave}" のパイロット ユーザー %{total} 人中 %{covered} 人です%{ratio}。%{narrowed}',
  'ENTRA.CA.MFA_EXCHANGE.ratio': ' (%{ratio:percent})',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.not_applicable':
    '該当なし: このテナントには緊急アクセス用アカウントが設定されていません。',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.pass':
    '緊急アクセス用アカウント %{accounts} 件は、ブロックまたは MFA を要求する有効なポリシー %{policies} 件のすべてから除外されています。',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED.fail':
    '緊急アクセス用アカウント %{accounts} 件が締め出されるおそれがあります: %{policies:quoted} から除外されていません。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.nothing': '',
  'ENTRA.CA.APP_PROTECTION_MOBILE.pass':
    '有効なポリシーが、iOS と Android からの Exchange Online に対して、すべてのユーザーにアプリ保護ポリシー (compliantApplication) を、OR の選択肢も絞り込み条件もなく要求しています。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_approved_only':
    '%{platforms:and} で強制されているのは「承認済みクライアント アプリが必要」(approvedApplication) だけで、これは Microsoft が廃止するコントロールです。代わりにアプリ保護ポリシーを要求してください。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_parts':
    '%{platforms:and} の Exchange Online では、アプリ保護ポリシーがすべてのユーザーとサインインに要求されていません: %{parts:join:。}。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.alternative':
    '"%{policy}" は %{alternatives} で代替できます (OR)%{retired}',
  'ENTRA.CA.APP_PROTECTION_MOBILE.retired':
    '。また Microsoft は「承認済みクライアント アプリが必要」を廃止します',
  'ENTRA.CA.APP_PROTECTION_MOBILE.narrowed': '絞り込み: %{narrowings}',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_report_only':
    '%{platforms:and} の Exchange Online のアプリ保護ポリシーは、レポート専用モードでしか要求されていません。',
  'ENTRA.CA.APP_PROTECTION_MOBILE.warn_none':
    '%{platforms:and} の Exchange Online にアプリ保護ポリシーを要求する有効なポリシーがありません。',
  'INTUNE.APP_PROTECTION_OUTLOOK.not_read':
    'Intune アプリ保護ポリシーは読み取られていません (コネクタに DeviceManagementApps.Read.All を付与するか、Entra のスナップショットで iosManagedAppProtections と androidManagedAppProtections を送ってください)。これらについては何も判定しません。',
  'INTUNE.APP_PROTECTION_OUTLOOK.fail':
    'Outlook は Intune アプリ保護で保護されていません: %{why:join:。}。',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_none': '%{platform} のアプリ保護ポリシーがありません',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_no_outlook':
    'Outlook (%{appId}) を含む %{platform} のポリシーがありません: %{policies:quoted}',
  'INTUNE.APP_PROTECTION_OUTLOOK.why_unassigned':
    'Outlook を含む %{platform} のポリシー %{count} 件 (%{policies:quoted}) は誰にも割り当てられていません',
  'INTUNE.APP_PROTECTION_OUTLOOK.pass':
    'Outlook を含むアプリ保護ポリシーが iOS と Android で割り当てられています (%{how:join:、})。',
  'INTUNE.APP_PROTECTION_OUTLOOK.how_all_users': '%{platform}: すべてのユーザー',
  'INTUNE.APP_PROTECTION_OUTLOOK.how_waves':
    '%{platform}: すべてのロールアウト ウェーブ (%{waves} 件)',
  'INTUNE.APP_PROTECTION_OUTLOOK.warn':
    'Outlook のアプリ保護が絞り込まれています: %{parts:join:。}。',
  'INTUNE.APP_PROTECTION_OUTLOOK.part': '%{platform}: %{bits:join:、}',
  'INTUNE.APP_PROTECTION_OUTLOOK.assigned_only': '割り当ては %{groups:quoted} のみ',
  'INTUNE.APP_PROTECTION_OUTLOOK.excludes': '%{groups:quoted} を除外',
  'INTUNE.APP_PROTECTION_OUTLOOK.waves_left_out': '外れているウェーブ: %{waves:join:、}',
  'INTUNE.APP_PROTECTION_OUTLOOK.wave_left_out': '"%{wave}" (%{members} 人中 %{leftOut} 人)',
  'INTUNE.APP_PROTECTION_OUTLOOK.users_left_out': '外れているユーザー %{count} 人 (%{users})',
  'INTUNE.APP_PROTECTION_OUTLOOK.users_left_out_more':
    '外れているユーザー %{count} 人 (%{users} ほか %{more} 人)',
  'INTUNE.APP_PROTECTION_OUTLOOK.nobody_left_out':
    '現時点で外れている人はいませんが、あとから加わるユーザーは対象外で、グループと比較するロールアウト ウェーブもありません',
};
