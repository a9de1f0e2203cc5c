/** Japanese progress and errors of ingestion runs (INGEST.*, jobs/src/connectors/ingest-messages.ts). */
export const jaIngestMessages: Record<string, string> = {
  'INGEST.nothing': '',
  'INGEST.starting': '開始しています',
  'INGEST.failed_after': '%{pages} ページ目の後に失敗しました',
  'INGEST.signins_page':
    '%{label}サインイン: %{page} ページ目、%{received} 件のイベントを読み取り済み%{refused}',
  'INGEST.interactive': '対話型',
  'INGEST.non_interactive': '非対話型',
  'INGEST.refused': '、%{count} 件を拒否',
  'INGEST.signins_done': '完了: 新規 %{accepted} 件、保存済み %{duplicates} 件%{refused}',
  'INGEST.step_exo_config': 'Exchange Online: 認証ポリシー、組織、トランスポート',
  'INGEST.step_exo_users': 'Exchange Online: ユーザーと CAS メールボックス',
  'INGEST.step_entra_ca': 'Entra: 条件付きアクセス ポリシー、ユーザー、グループ',
  'INGEST.step_entra_references': 'Entra: 名前付きの場所、認証強度、セキュリティの既定値群',
  'INGEST.step_entra_service_principal': 'Entra: Exchange Online のサービス プリンシパル',
  'INGEST.step_intune': 'Intune: アプリ保護ポリシー',
  'INGEST.step_group_members': 'Entra: %{group} のメンバー',
  'INGEST.snapshot_done':
    '完了: メールボックス %{mailboxes} 件、CA ポリシー %{policies} 件、グループ %{groups} 件%{appProtection}',
  'INGEST.app_protection_not_read':
    '。アプリ保護ポリシーは読み取れませんでした (403: DeviceManagementApps.Read.All を付与してください)',
  'INGEST.interrupted':
    '中断: 取り込みの完了前にプロセスが停止しました (最後に完了した地点から再開します)',
  'INGEST.error': '取り込みに失敗しました: %{reason}',
};
