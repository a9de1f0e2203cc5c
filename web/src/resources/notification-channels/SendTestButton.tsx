import SendIcon from '@mui/icons-material/Send';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { NotificationChannel } from '../../data/records';
import { graphql } from '../../gql';
import { useNotifyProblems } from '../../posture/use-notify-problems';

const TEST_CHANNEL = graphql(`
  mutation TestNotificationChannel($id: ID!) {
    testNotificationChannel(id: $id) {
      ok
      statusCode
      error
      durationMs
    }
  }
`);

/** "Send test": sends a test message now and shows what the receiver answered. */
export const SendTestButton = () => {
  const record = useRecordContext<NotificationChannel>();
  const { canAccess } = useCanAccess({ action: 'test', resource: 'NotificationChannel' });
  const [sending, setSending] = useState(false);
  const notify = useNotify();
  const translate = useTranslate();
  const refresh = useRefresh();
  const notifyProblems = useNotifyProblems('NotificationChannel');
  if (!record || !canAccess) return null;
  const send = async () => {
    setSending(true);
    try {
      const { testNotificationChannel: r } = await postGraphQL(TEST_CHANNEL, { id: record.id });
      const text = r.ok
        ? translate('posture.channel.test_ok', { status: r.statusCode ?? '—', ms: r.durationMs })
        : translate('posture.channel.test_failed', {
            status: r.statusCode ?? '—',
            error: r.error ?? '',
          });
      notify(text, {
        type: r.ok ? 'success' : 'error',
        autoHideDuration: 12000,
        messageArgs: { _: text },
      });
    } catch (error) {
      notifyProblems(error);
    } finally {
      setSending(false);
      refresh();
    }
  };
  return (
    <Button
      label="posture.channel.send_test"
      onClick={() => void send()}
      disabled={sending}
      data-testid="send-test"
    >
      {sending ? <CircularProgress size={16} color="inherit" /> : <SendIcon />}
    </Button>
  );
};
