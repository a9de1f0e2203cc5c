import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { CreateButton, useRecordContext } from 'react-admin';
import type { CheckResult } from '../../data/records';

/** Only a finding can be waived (docs/checks.md: waivers cover FAIL and WARN items). */
const WAIVABLE = new Set(['FAIL', 'WARN']);

/** "Waive…" on a failing result: the waiver form, with its tenant and check filled in. */
export const WaiveButton = () => {
  const record = useRecordContext<CheckResult>();
  if (!record || !WAIVABLE.has(record.status)) return null;
  return (
    <CreateButton
      resource="Waiver"
      label="posture.waiver.waive"
      icon={<VerifiedUserIcon />}
      state={{ record: { tenantId: record.tenantId, checkId: record.checkId } }}
      data-testid="waive-button"
    />
  );
};
