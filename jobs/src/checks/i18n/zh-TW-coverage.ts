/** Traditional Chinese reasons a member is not covered (COVERAGE.*, catalogue/coverage-messages.ts). */
export const zhTWCoverageMessages: Record<string, string> = {
  'COVERAGE.exo_own_policy_allows': '自身的驗證原則「%{policy}」允許基本驗證',
  'COVERAGE.exo_default_allows': '組織預設「%{policy}」允許基本驗證',
  'COVERAGE.exo_no_policy': '沒有自身的驗證原則，也沒有組織預設',
  'COVERAGE.exo_no_user': '沒有與此群組成員相符的 Exchange Online 使用者',
  'COVERAGE.exo_mailbox_no_user':
    'Exchange Online 信箱 (依內部部署的 RemoteUserMailbox)，但沒有相符的 Exchange Online 使用者',
  'COVERAGE.onprem_no_policy': '內部部署信箱：沒有自身的驗證原則，也沒有內部部署預設',
  'COVERAGE.onprem_own_policy_allows':
    '內部部署信箱：自身的內部部署原則「%{policy}」未封鎖 ActiveSync 與 Autodiscover 的舊版驗證',
  'COVERAGE.onprem_default_allows':
    '內部部署信箱：內部部署預設「%{policy}」未封鎖 ActiveSync 與 Autodiscover 的舊版驗證',
  'COVERAGE.onprem_data_stale': '內部部署信箱，但內部部署資料過舊，因此無法得知其原則',
  'COVERAGE.onprem_data_missing': '內部部署信箱，但缺少內部部署資料，因此無法得知其原則',
  'COVERAGE.onprem_no_user': '內部部署信箱，但沒有與此成員相符的內部部署使用者',
};
