import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import { plainErrorMessage, problemsOf } from '../../data/problems';
import {
  AcknowledgeAlertsMutation,
  ResolveAlertsMutation,
  type AlertAction,
} from './alert-actions';
import { AlertCommentDialog } from './AlertCommentDialog';

export interface AlertActionButtonProps {
  action: AlertAction;
  ids: readonly string[];
  /** The bulk forms are their own operations (acknowledgeAlerts), so ask for those. */
  bulk?: boolean;
  onDone?: () => void;
}

/**
 * Acknowledge or resolve one or many alerts, with a comment; hidden when the server would
 * refuse the user (SessionUser.operations).
 */
export const AlertActionButton = ({
  action,
  ids,
  bulk = false,
  onDone,
}: AlertActionButtonProps) => {
  const { canAccess } = useCanAccess({ action, resource: bulk ? 'Alerts' : 'Alert' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!canAccess || ids.length === 0) return null;

  const confirm = async (comment: string) => {
    setBusy(true);
    try {
      if (action === 'acknowledge') {
        await postGraphQL(AcknowledgeAlertsMutation, { ids: [...ids], comment: comment || null });
      } else {
        await postGraphQL(ResolveAlertsMutation, { ids: [...ids], comment });
      }
      notify(`posture.alert.done.${action}`, {
        type: 'success',
        messageArgs: { smart_count: ids.length },
      });
      setOpen(false);
      onDone?.();
      refresh();
    } catch (error) {
      // The server names each alert it refused and why (e.g. "alert … is RESOLVED").
      const problems = problemsOf(error);
      const reasons = problems.map((p) => p.reason).join('; ');
      notify(reasons || plainErrorMessage(error, translate), {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label={`posture.alert.action.${action}`}
        onClick={() => setOpen(true)}
        data-testid={`alert-${action}-button`}
      >
        {action === 'acknowledge' ? <CheckIcon /> : <DoneAllIcon />}
      </Button>
      <AlertCommentDialog
        open={open}
        action={action}
        count={ids.length}
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={(c) => void confirm(c)}
      />
    </>
  );
};
