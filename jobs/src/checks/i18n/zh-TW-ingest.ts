/** Traditional Chinese progress and errors of ingestion runs (INGEST.*, jobs/src/connectors/ingest-messages.ts). */
export const zhTWIngestMessages: Record<string, string> = {
  'INGEST.nothing': '',
  'INGEST.starting': '正在開始',
  'INGEST.failed_after': '在第 %{pages} 頁後失敗',
  'INGEST.signins_page': '%{label}登入：第 %{page} 頁，已讀取 %{received} 個事件%{refused}',
  'INGEST.interactive': '互動式',
  'INGEST.non_interactive': '非互動式',
  'INGEST.refused': '，拒絕 %{count} 個',
  'INGEST.signins_done': '完成：新增 %{accepted} 個，已儲存 %{duplicates} 個%{refused}',
  'INGEST.step_exo_config': 'Exchange Online：驗證原則、組織、傳輸',
  'INGEST.step_exo_users': 'Exchange Online：使用者與 CAS 信箱',
  'INGEST.step_entra_ca': 'Entra：條件式存取原則、使用者、群組',
  'INGEST.step_entra_references': 'Entra：具名位置、驗證強度、安全性預設值',
  'INGEST.step_entra_service_principal': 'Entra：Exchange Online 服務主體',
  'INGEST.step_intune': 'Intune：應用程式保護原則',
  'INGEST.step_group_members': 'Entra：%{group} 的成員',
  'INGEST.snapshot_done':
    '完成：%{mailboxes} 個信箱、%{policies} 個 CA 原則、%{groups} 個群組%{appProtection}',
  'INGEST.app_protection_not_read':
    '；未讀取應用程式保護原則（403：請授與 DeviceManagementApps.Read.All）',
  'INGEST.interrupted': '已中斷：擷取完成前處理程序已停止（會從最後完成的位置繼續）',
  'INGEST.error': '擷取失敗：%{reason}',
};
