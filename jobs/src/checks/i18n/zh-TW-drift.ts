/** Traditional Chinese one-line summaries of drift events (DRIFT.*, jobs/src/drift/drift-messages.ts). */
export const zhTWDriftMessages: Record<string, string> = {
  'DRIFT.setting': '%{field}：%{before} → %{after}',
  'DRIFT.list': '%{field} %{changes}',
  'DRIFT.within': '「%{within}」的 %{change}',
  'DRIFT.added': '%{collection}：已新增「%{label}」',
  'DRIFT.removed': '%{collection}：已移除「%{label}」',
  'DRIFT.ca_policy_added': '已新增條件式存取原則「%{name}」',
  'DRIFT.ca_policy_removed': '已移除條件式存取原則「%{name}」',
  'DRIFT.named_location_added': '已新增具名位置「%{name}」',
  'DRIFT.named_location_removed': '已移除具名位置「%{name}」',
  'DRIFT.app_protection_added': '已新增應用程式保護原則「%{name}」',
  'DRIFT.app_protection_removed': '已移除應用程式保護原則「%{name}」',
  'DRIFT.member_added': '%{member} 已加入 %{group}',
  'DRIFT.member_removed': '%{member} 已從 %{group} 移除',
};
