import BlockIcon from '@mui/icons-material/Block';
import {
  DeleteWithConfirmButton,
  useCanAccess,
  useRecordContext,
  type RedirectionSideEffect,
} from 'react-admin';
import type { Waiver } from '../../data/records';

/**
 * Revokes an active waiver (`deleteWaiver`): the record stays as history, inactive. Shown only
 * to roles that may (the button asks canAccess for `delete`).
 */
export const RevokeButton = ({ redirect = false }: { redirect?: RedirectionSideEffect }) => {
  const record = useRecordContext<Waiver>();
  // DeleteWithConfirmButton, unlike DeleteButton, does not ask canAccess itself.
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'Waiver', record });
  if (!record?.active || !canAccess) return null;
  return (
    <DeleteWithConfirmButton
      label="posture.waiver.revoke"
      icon={<BlockIcon />}
      confirmTitle="posture.waiver.revoke_title"
      confirmContent="posture.waiver.revoke_content"
      confirmColor="warning"
      successMessage="posture.waiver.revoked"
      redirect={redirect}
      data-testid="revoke-waiver"
    />
  );
};
