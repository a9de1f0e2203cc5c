/** Japanese reasons a member is not covered (COVERAGE.*, catalogue/coverage-messages.ts). */
export const jaCoverageMessages: Record<string, string> = {
  'COVERAGE.exo_own_policy_allows': '自身の認証ポリシー「%{policy}」が基本認証を許可しています',
  'COVERAGE.exo_default_allows': '組織の既定「%{policy}」が基本認証を許可しています',
  'COVERAGE.exo_no_policy': '自身の認証ポリシーも組織の既定もありません',
  'COVERAGE.exo_no_user': 'このグループ メンバーに一致する Exchange Online ユーザーがいません',
  'COVERAGE.exo_mailbox_no_user':
    'Exchange Online のメールボックス (オンプレミスの RemoteUserMailbox による) ですが、一致する Exchange Online ユーザーがいません',
  'COVERAGE.onprem_no_policy':
    'オンプレミスのメールボックス: 自身の認証ポリシーもオンプレミスの既定もありません',
  'COVERAGE.onprem_own_policy_allows':
    'オンプレミスのメールボックス: 自身のオンプレミス ポリシー「%{policy}」が ActiveSync と Autodiscover のレガシー認証をブロックしていません',
  'COVERAGE.onprem_default_allows':
    'オンプレミスのメールボックス: オンプレミスの既定「%{policy}」が ActiveSync と Autodiscover のレガシー認証をブロックしていません',
  'COVERAGE.onprem_data_stale':
    'オンプレミスのメールボックスですが、オンプレミスのデータが古いため、ポリシーが分かりません',
  'COVERAGE.onprem_data_missing':
    'オンプレミスのメールボックスですが、オンプレミスのデータがないため、ポリシーが分かりません',
  'COVERAGE.onprem_no_user':
    'オンプレミスのメールボックスですが、このメンバーに一致するオンプレミス ユーザーがいません',
};
