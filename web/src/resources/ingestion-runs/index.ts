import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import type { IngestionRun } from '../../data/records';
import { currentFormat } from '../../i18n/i18n-provider';
import { lazyPage } from '../../lazy-page';

const IngestionRunList = lazyPage(() => import('./IngestionRunList'), 'IngestionRunList');
const IngestionRunShow = lazyPage(() => import('./IngestionRunShow'), 'IngestionRunShow');

/** Pulls through the connectors: read-only, written by the server as each pull goes. */
export const ingestionRuns = {
  list: IngestionRunList,
  show: IngestionRunShow,
  icon: CloudDownloadIcon,
  recordRepresentation: (record: IngestionRun) => currentFormat().dateTime(record.startedAt),
};
