/** Japanese one-line summaries of drift events (DRIFT.*, jobs/src/drift/drift-messages.ts). */
export const jaDriftMessages: Record<string, string> = {
  'DRIFT.setting': '%{field}: %{before} → %{after}',
  'DRIFT.list': '%{field} %{changes}',
  'DRIFT.within': '「%{within}」の %{change}',
  'DRIFT.added': '%{collection}: 「%{label}」が追加されました',
  'DRIFT.removed': '%{collection}: 「%{label}」が削除されました',
  'DRIFT.ca_policy_added': '条件付きアクセス ポリシー「%{name}」が追加されました',
  'DRIFT.ca_policy_removed': '条件付きアクセス ポリシー「%{name}」が削除されました',
  'DRIFT.named_location_added': '名前付きの場所「%{name}」が追加されました',
  'DRIFT.named_location_removed': '名前付きの場所「%{name}」が削除されました',
  'DRIFT.app_protection_added': 'アプリ保護ポリシー「%{name}」が追加されました',
  'DRIFT.app_protection_removed': 'アプリ保護ポリシー「%{name}」が削除されました',
  'DRIFT.member_added': '%{member} が %{group} に追加されました',
  'DRIFT.member_removed': '%{member} が %{group} から削除されました',
};
