import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { AlertAction } from './alert-actions';

export interface AlertCommentDialogProps {
  open: boolean;
  action: AlertAction;
  count: number;
  busy?: boolean;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}

/**
 * Asks for the comment that goes with acknowledging or resolving: optional to acknowledge,
 * required to resolve (a person resolving says why: the check may still fail).
 */
export const AlertCommentDialog = ({
  open,
  action,
  count,
  busy = false,
  onClose,
  onConfirm,
}: AlertCommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const required = action === 'resolve';
  const missing = required && comment.trim() === '';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: () => setComment('') } }}
    >
      <DialogTitle>
        {translate(`posture.alert.dialog.${action}_title`, { smart_count: count })}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate(`posture.alert.dialog.${action}_hint`)}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          required={required}
          label={translate('posture.alert.dialog.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'alert-comment' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={missing || busy}
          onClick={() => onConfirm(comment.trim())}
          data-testid="alert-comment-confirm"
        >
          {translate(`posture.alert.action.${action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
