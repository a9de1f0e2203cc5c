import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import type { AuditEvent } from '../../data/records';
import { AuditEventList } from './AuditEventList';
import { AuditEventShow } from './AuditEventShow';

export const auditEvents = {
  list: AuditEventList,
  show: AuditEventShow,
  icon: HistoryEduIcon,
  recordRepresentation: (record: AuditEvent) => `${record.action} · ${record.actor}`,
};
