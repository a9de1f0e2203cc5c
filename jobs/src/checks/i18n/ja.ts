import { jaCoverageMessages } from './ja-coverage.js';
import { jaDriftMessages } from './ja-drift.js';
import { jaIngestMessages } from './ja-ingest.js';
import { jaEntraMessages } from './ja-entra.js';
import type { CatalogueTranslation } from './types.js';

/** Japanese. Cmdlets, parameter names, policy and product names stay as Microsoft writes them. */
export const ja: CatalogueTranslation = {
  checks: {
    'EXO.AUTHPOL.BLOCKS_BASIC': {
      title: 'Exchange Online の認証ポリシーがモバイル プロトコルの基本認証をブロックしている',
    },
    'EXO.AUTHPOL.ORG_DEFAULT': {
      title: 'Exchange Online の組織既定の認証ポリシーが基本認証をブロックしている',
    },
    'ROLLOUT.PILOT_COVERAGE': {
      title: 'パイロット ウェーブの全メンバーが基本認証をブロックするポリシーの対象になっている',
    },
    'ROLLOUT.SCHEDULE': { title: '予定日を過ぎたウェーブはすべて完全に適用されている' },
    'ROLLOUT.ORG_COVERAGE': {
      title:
        'すべてのメールボックス ユーザーが、メールボックスの所在でレガシ認証をブロックするポリシーの対象になっている',
    },
    'EXO.SMTP_AUTH.DISABLED': {
      title: '組織で SMTP AUTH が無効になっており、再び有効にしているメールボックスがない',
    },
    'ONPREM.HMA.ENABLED': {
      title: 'Exchange オンプレミスでハイブリッド先進認証 (HMA) が有効になっている',
    },
    'ONPREM.HMA.EVOSTS': {
      title: 'EvoSTS が既定の承認エンドポイントで、HMA の仮想ディレクトリで OAuth が有効',
    },
    'ONPREM.HMA.SPN': {
      title: 'オンプレミスの ActiveSync と Autodiscover の URL が Exchange Online に登録されている',
    },
    'ONPREM.SERVER.BUILD': {
      title:
        'Exchange サーバーが Outlook モバイルの HMA と認証ポリシーに対応したバージョンで動作している',
    },
    'ONPREM.AUTHPOL.BLOCKS_LEGACY': {
      title:
        'オンプレミスの認証ポリシーが ActiveSync と Autodiscover のレガシ認証をブロックしている',
    },
    'ONPREM.AUTHPOL.ORG_DEFAULT': {
      title: 'オンプレミスの組織既定の認証ポリシーがレガシ認証をブロックしている',
    },
    'ONPREM.EAS.DEFAULT_BLOCK': {
      title: 'ActiveSync が未知のモバイル クライアントを既定でブロックする',
    },
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': {
      title:
        'Exchange Online がオンプレミスのメールボックスを ActiveSync (OutlookService) で同期できる',
    },
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': {
      title: 'Outlook for iOS and Android が基本認証でオンプレミスの ActiveSync に接続できない',
    },
    'ONPREM.EAS.UNAPPROVED_DEVICES': {
      title: '未承認のモバイル クライアントがオンプレミスの ActiveSync と同期していない',
    },
    'ONPREM.EAS.PROTOCOL_VERSION': {
      title: '許可されたモバイル デバイスが ActiveSync 16.1 以降を使っている',
    },
    'ENTRA.CA.BLOCK_LEGACY_AUTH': {
      title:
        '条件付きアクセスがレガシ認証 (Exchange ActiveSync とその他のクライアント) をブロックしている',
    },
    'ENTRA.CA.MFA_EXCHANGE': {
      title:
        '条件付きアクセスがモバイル アプリとデスクトップ クライアントからの Exchange Online に MFA を要求している',
    },
    'ENTRA.CA.BREAK_GLASS_EXCLUDED': {
      title: '緊急アクセス用アカウントがすべてのブロック・MFA ポリシーから除外されている',
    },
    'ENTRA.CA.APP_PROTECTION_MOBILE': {
      title:
        '条件付きアクセスが iOS と Android からの Exchange Online にアプリ保護ポリシーを要求している',
    },
    'INTUNE.APP_PROTECTION_OUTLOOK': {
      title: 'Intune アプリ保護ポリシーが全ユーザーの iOS・Android 版 Outlook を保護している',
    },
    'SIGNIN.LEGACY_AUTH_SUCCESS': { title: 'レガシ プロトコルでのサインイン成功がない' },
    'SIGNIN.LEGACY_AUTH_ATTEMPTS': { title: 'レガシ サインインの失敗が増えていない' },
    'SIGNIN.UNAPPROVED_EAS_CLIENTS': {
      title: '電話から Exchange Online に接続しているのは承認済みモバイル アプリだけ',
    },
    'SIGNIN.MFA_COVERAGE': {
      title: 'Exchange Online への対話型サインインの成功が MFA を伴っている',
    },
    'SIGNIN.CA_NOT_APPLIED': {
      title: 'Exchange Online へのサインインの成功がすべて条件付きアクセスで評価されている',
    },
  },
  messages: {
    ...jaEntraMessages,
    ...jaIngestMessages,
    ...jaDriftMessages,
    ...jaCoverageMessages,
    'RUN.NOT_APPLICABLE.no_source': '該当なし: このテナントには %{source} のデータがありません。',
    'RUN.ERROR.reason': '評価できません: %{reason}。',
    'RUN.ERROR.thrown': '評価できません: %{reason}',
    'RUN.WAIVED': '免除済み (本来は %{wouldBe}): %{summary}',
    'RUN.REASON.signins_undelivered':
      'このテナントではサインイン ログを取り込む設定ですが、まだ 1 件も届いていません',
    'RUN.REASON.signins_stale':
      'データが古すぎます: 最新のサインイン データが %{hours} 時間より前のものです',
    'RUN.REASON.signins_partial': 'プルしたサインインが期間の一部しか含んでいません',
    'RUN.REASON.source_undelivered':
      'このテナントでは %{source} を取り込む設定ですが、まだそのデータを含むスナップショットがありません',
    'RUN.REASON.source_stale':
      'データが古すぎます: 最新の %{source} データ (%{capturedAt:date}) が %{hours} 時間より前のものです',
    'EXO.AUTHPOL.BLOCKS_BASIC.pass':
      '%{total} 件中 %{blocking} 件の認証ポリシーが Autodiscover、ActiveSync、Outlook Service の基本認証をブロックしています (%{names})。',
    'EXO.AUTHPOL.BLOCKS_BASIC.fail_none_exist':
      '認証ポリシーが 1 つもないため、基本認証をブロックするものがありません。',
    'EXO.AUTHPOL.BLOCKS_BASIC.fail':
      '%{total} 件の認証ポリシーのどれも、Autodiscover、ActiveSync、Outlook Service のすべてで基本認証をブロックしていません。',
    'EXO.AUTHPOL.ORG_DEFAULT.warn_unset':
      '組織既定の認証ポリシーはまだありません。ロールアウト中です (ウェーブ %{waves} 件)。',
    'EXO.AUTHPOL.ORG_DEFAULT.fail_unset':
      '組織既定の認証ポリシーが設定されていないため、独自のポリシーがないユーザーは基本認証を使えます。',
    'EXO.AUTHPOL.ORG_DEFAULT.pass':
      '組織既定の認証ポリシー "%{policy}" が Autodiscover、ActiveSync、Outlook Service の基本認証をブロックしています。',
    'EXO.AUTHPOL.ORG_DEFAULT.warn_allows':
      '組織既定の認証ポリシー "%{policy}" はまだ基本認証を許可しています。ロールアウト中です (ウェーブ %{waves} 件)。',
    'EXO.AUTHPOL.ORG_DEFAULT.fail_allows':
      '組織既定の認証ポリシー "%{policy}" は Autodiscover、ActiveSync または Outlook Service の基本認証を許可しています。',
    'EXO.SMTP_AUTH.DISABLED.pass':
      '組織で SMTP AUTH は無効で、%{mailboxes} 件のメールボックスのどれも再び有効にしていません。',
    'EXO.SMTP_AUTH.DISABLED.fail_org':
      '組織全体で SMTP AUTH が有効です (TransportConfig.SmtpClientAuthenticationDisabled は %{value})。',
    'EXO.SMTP_AUTH.DISABLED.fail_mailboxes':
      '組織では SMTP AUTH は無効ですが、%{mailboxes} 件のメールボックスが再び有効にしています。',
    'ONPREM.EAS.DEFAULT_BLOCK.pass':
      'ActiveSync はどのルールでも許可されていないモバイル クライアントをブロックします (DefaultAccessLevel は Block)。',
    'ONPREM.EAS.DEFAULT_BLOCK.fail':
      'ActiveSync の DefaultAccessLevel が %{level} のため、どのモバイル クライアントも接続できます。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.fail_rule':
      'デバイス アクセス ルールが DeviceType OutlookService を %{levels:slash} にしています。Exchange Online はオンプレミスのメールボックスを Outlook モバイルに同期できません。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.pass_default':
      'DefaultAccessLevel が Allow なので、Exchange Online (OutlookService) はオンプレミスのメールボックスを同期できます。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.pass_rule':
      'デバイス アクセス ルールが DeviceType OutlookService を許可しているので、Exchange Online はオンプレミスのメールボックスを同期できます。',
    'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED.fail_default':
      'DefaultAccessLevel が %{level} で、DeviceType OutlookService を許可するルールがありません。Exchange Online はオンプレミスのメールボックスを Outlook モバイルに同期できません。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.pass':
      'デバイス アクセス ルールが DeviceModel "Outlook for iOS and Android" の基本認証 ActiveSync をブロックしています。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.fail_no_rule':
      'DeviceModel "Outlook for iOS and Android" をブロックするデバイス アクセス ルールがありません。Outlook モバイルはまだ基本認証でオンプレミスに接続できます。',
    'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED.fail_rule':
      'DeviceModel "Outlook for iOS and Android" のルールは Block ではなく %{levels:slash} です。Outlook モバイルはまだ基本認証でオンプレミスに接続できます。',
    'ONPREM.EAS.UNAPPROVED_DEVICES.pass':
      '過去 %{days} 日間、Exchange Online のパートナーシップ以外に同期した許可済みデバイスはありません。',
    'ONPREM.EAS.UNAPPROVED_DEVICES.fail':
      '過去 %{days} 日間に、未承認のデバイス %{devices} 台が Allowed のままオンプレミスの ActiveSync と同期しました。',
    'ONPREM.EAS.PROTOCOL_VERSION.pass':
      '最近同期した許可済みデバイス %{devices} 台はすべて ActiveSync 16.1 以降を使っています。',
    'ONPREM.EAS.PROTOCOL_VERSION.warn':
      '許可済みデバイス %{devices} 台が 16.1 より古い (または不明な) ActiveSync プロトコルを使っています。',
    'ONPREM.EAS.PROTOCOL_VERSION.problem_unknown': 'プロトコル バージョン不明',
    'ONPREM.EAS.PROTOCOL_VERSION.problem_older': 'ActiveSync %{version} は 16.1 より古い',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.pass':
      'オンプレミスの認証ポリシー %{total} 件中 %{blocking} 件が ActiveSync と Autodiscover のレガシ認証をブロックしています (%{names})。',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.fail_none_exist':
      'Exchange オンプレミスに認証ポリシーがないため、ActiveSync と Autodiscover のレガシ認証をブロックするものがありません。',
    'ONPREM.AUTHPOL.BLOCKS_LEGACY.fail':
      'オンプレミスの認証ポリシー %{total} 件のどれも、ActiveSync と Autodiscover の両方でレガシ認証をブロックしていません。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.pass':
      'オンプレミスの既定の認証ポリシー "%{policy}" が ActiveSync と Autodiscover のレガシ認証をブロックしています。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.warn_unset':
      'オンプレミスの既定の認証ポリシーが設定されていません。ロールアウト中です (ウェーブ %{waves} 件)。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.fail_unset':
      'オンプレミスの既定の認証ポリシーが設定されていません。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.warn_allows':
      'オンプレミスの既定の認証ポリシー "%{policy}" は ActiveSync と Autodiscover の両方ではレガシ認証をブロックしていません。ロールアウト中です (ウェーブ %{waves} 件)。',
    'ONPREM.AUTHPOL.ORG_DEFAULT.fail_allows':
      'オンプレミスの既定の認証ポリシー "%{policy}" は ActiveSync と Autodiscover の両方ではレガシ認証をブロックしていません。',
    'ONPREM.HMA.ENABLED.pass':
      'ハイブリッド先進認証が有効です (OAuth2ClientProfileEnabled は true)。',
    'ONPREM.HMA.ENABLED.fail':
      'ハイブリッド先進認証が無効です (OAuth2ClientProfileEnabled は %{value})。',
    'ONPREM.HMA.EVOSTS.pass':
      'EvoSts "%{authServer}" が既定の承認エンドポイントで、サーバー %{servers} 台の Mapi、WebServices、OAB、Autodiscover、ActiveSync ディレクトリで OAuth が有効です。',
    'ONPREM.HMA.EVOSTS.warn': '必須の HMA 設定は完了していますが、%{gaps}。',
    'ONPREM.HMA.EVOSTS.fail': 'ハイブリッド先進認証の設定が不完全です: %{gaps}。',
    'ONPREM.HMA.EVOSTS.gaps': '%{list:join:、}',
    'ONPREM.HMA.EVOSTS.gaps_more': '%{list:join:、} (ほか %{more} 件)',
    'ONPREM.HMA.EVOSTS.gap_no_evosts':
      'EvoSts 認証サーバーがありません (ハイブリッド構成ウィザードを実行してください)',
    'ONPREM.HMA.EVOSTS.gap_no_default':
      '有効な EvoSts 認証サーバーが既定の承認エンドポイントになっていません',
    'ONPREM.HMA.EVOSTS.gap_many_defaults':
      '%{count} 台の EvoSts 認証サーバーが既定の承認エンドポイントです。1 台だけでなければなりません',
    'ONPREM.HMA.EVOSTS.gap_no_vdirs': 'どのサーバーの仮想ディレクトリも報告されていません',
    'ONPREM.HMA.EVOSTS.gap_vdir_missing': '%{server}: %{kind} 仮想ディレクトリが報告されていません',
    'ONPREM.HMA.EVOSTS.gap_vdir_oauth_off':
      '%{server}: %{kind} 仮想ディレクトリで OAuth が無効です',
    'ONPREM.HMA.SPN.warn_no_hosts':
      '外部 URL を持つ ActiveSync・Autodiscover 仮想ディレクトリがありません。登録するものがなく、Outlook モバイルは HMA でオンプレミスのメールボックスに接続できません。',
    'ONPREM.HMA.SPN.pass':
      'Exchange Online のサービス プリンシパルに外部 ActiveSync/Autodiscover ホスト %{hosts} 件が登録されています。',
    'ONPREM.HMA.SPN.fail':
      'オンプレミスのホスト %{count} 件が Exchange Online のサービス プリンシパル名にありません (%{hosts})。Outlook モバイルはオンプレミスのメールボックス用のトークンを取得できません。',
    'ONPREM.SERVER.BUILD.fail':
      'サーバー %{count} 台が Exchange 2010 以前で動作しており、Outlook モバイルは基本認証しか使えません: %{servers}。',
    'ONPREM.SERVER.BUILD.warn':
      'サーバー %{count} 台がオンプレミスの認証ポリシーのないバージョンで動作しています: %{servers}。',
    'ONPREM.SERVER.BUILD.pass':
      'サーバー %{count} 台すべてが Exchange 2019 または Subscription Edition (15.2) で動作しています。',
    'ROLLOUT.no_wave': '該当なし: このテナントにはロールアウト ウェーブがありません。',
    'ROLLOUT.PILOT_COVERAGE.warn_no_members':
      'パイロット ウェーブ "%{wave}" にメンバーがいないため、誰もポリシーを試していません。',
    'ROLLOUT.PILOT_COVERAGE.warn_no_mailboxes':
      'パイロット ウェーブ "%{wave}" のメンバーにメールボックスがないため、誰もポリシーを試していません。',
    'ROLLOUT.PILOT_COVERAGE.coverage':
      '"%{wave}" のメールボックスを持つパイロット ユーザー %{total} 人中 %{covered} 人 (%{ratio:percent}) が対象になっています。',
    'ROLLOUT.SCHEDULE.pass_none_due': '予定日に達したウェーブはまだありません。',
    'ROLLOUT.SCHEDULE.pass': '予定日を過ぎたウェーブ %{due} 件はすべて完全に適用されています。',
    'ROLLOUT.SCHEDULE.warn': '%{count} 件のウェーブが遅れています: %{waves}。',
    'ROLLOUT.SCHEDULE.late_wave': '"%{wave}" (%{covered}/%{total}、%{ratio:percent})',
    'ROLLOUT.ORG_COVERAGE.pass_no_mailboxes': '対象となるユーザー メールボックスがありません。',
    'ROLLOUT.ORG_COVERAGE.coverage':
      'メールボックス ユーザー %{total} 人中 %{covered} 人 (%{ratio:percent}) が対象になっています。',
    'SIGNIN.nothing': '',
    'SIGNIN.unknown_apps': ' レガシとして数えた不明なクライアント アプリ: %{apps:quoted}。',
    'SIGNIN.LEGACY_AUTH_SUCCESS.pass': '過去 %{days} 日間、レガシ サインインの成功はありません。',
    'SIGNIN.LEGACY_AUTH_SUCCESS.fail':
      '過去 %{days} 日間にレガシ サインインの成功が %{count} 件ありました (%{protocols})。%{unknown}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.pass':
      '期間内のレガシ試行の失敗は %{current} 件、その前は %{previous} 件です (%{change}、しきい値 +%{threshold:percent})。',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.warn':
      '期間内のレガシ試行の失敗は %{current} 件、その前は %{previous} 件です (%{change}、しきい値 +%{threshold:percent})。%{users} 人のユーザーがまだレガシ プロトコルを試しています。%{unknown}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_none': 'どちらの期間もなし',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_none_before': '前の期間はなし',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_rise': '+%{rise:percent}',
    'SIGNIN.LEGACY_AUTH_ATTEMPTS.change_fall': '%{rise:percent}',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.pass':
      '過去 %{days} 日間、基本認証の ActiveSync サインインも、未承認モバイル アプリからの Exchange Online への接続もありません。',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.fail': '%{parts:join:。}。',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_eas':
      'ユーザー/デバイス %{count} 件が基本認証の ActiveSync でサインインしました',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_apps':
      'ユーザー/アプリ %{count} 件が未承認のアプリで iOS/Android から Exchange Online に接続しました: %{apps}',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.part_apps_more':
      'ユーザー/アプリ %{count} 件が未承認のアプリで iOS/Android から Exchange Online に接続しました: %{apps} ほか',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.app': '%{name} (%{appId})',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.unnamed_app': '名前のないアプリ',
    'SIGNIN.UNAPPROVED_EAS_CLIENTS.no_app_id': 'アプリ ID なし',
    'SIGNIN.MFA_COVERAGE.not_applicable':
      '該当なし: 過去 %{days} 日間、Exchange Online への対話型サインインの成功がありません。',
    'SIGNIN.MFA_COVERAGE.result':
      'Exchange Online への対話型サインインの成功 %{considered} 件中 %{withMfa} 件 (%{ratio:percent}) が MFA を伴っていました。%{weak}%{left}',
    'SIGNIN.MFA_COVERAGE.weak_waves': ' 99% 未満のウェーブ: %{waves}。',
    'SIGNIN.MFA_COVERAGE.weak_wave': '"%{wave}" (%{ratio:percent})',
    'SIGNIN.MFA_COVERAGE.left_out':
      ' authenticationRequirement のないイベント %{events} 件は除外しました。',
    'SIGNIN.CA_NOT_APPLIED.pass':
      '過去 %{days} 日間の Exchange Online へのサインインの成功はすべて条件付きアクセスで評価されました。',
    'SIGNIN.CA_NOT_APPLIED.warn':
      'ユーザー %{users} 人による Exchange Online へのサインインの成功 %{count} 件が、どの条件付きアクセス ポリシーにも該当しませんでした。',
  },
};
