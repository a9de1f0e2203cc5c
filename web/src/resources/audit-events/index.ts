import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import type { AuditEvent } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const AuditEventShow = lazyPage(() => import('./AuditEventShow'), 'AuditEventShow');
const AuditEventList = lazyPage(() => import('./AuditEventList'), 'AuditEventList');

export const auditEvents = {
  list: AuditEventList,
  show: AuditEventShow,
  icon: HistoryEduIcon,
  recordRepresentation: (record: AuditEvent) => `${record.action} · ${record.actor}`,
};
