import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRefresh } from 'react-admin';
import { useNotifyProblems } from '../../posture/use-notify-problems';

/** "Revoke" with a confirmation; `revoke` runs the mutation. Shared by tokens and sessions. */
export const RevokeButton = ({
  resource,
  title,
  content,
  revoke,
}: {
  resource: string;
  title: string;
  content: string;
  revoke: () => Promise<unknown>;
}) => {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyProblems = useNotifyProblems(resource);
  const confirm = async () => {
    setBusy(true);
    try {
      await revoke();
      notify('posture.access.revoked', { type: 'info' });
    } catch (error) {
      notifyProblems(error);
    } finally {
      setBusy(false);
      setOpen(false);
      refresh();
    }
  };
  return (
    <>
      <Button
        label="posture.access.revoke"
        color="error"
        disabled={busy}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={title}
        content={content}
        confirm="posture.access.revoke"
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
