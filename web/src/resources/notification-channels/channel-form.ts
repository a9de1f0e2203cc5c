import type { NotificationChannel } from '../../data/records';

/**
 * What the form sends: the server takes the recipients as one comma-separated string and
 * the tenant as one id (absent: every tenant); the record lists them as arrays.
 */
export function channelFormData(data: Partial<NotificationChannel> & Record<string, unknown>) {
  const { emailTo, ...rest } = data;
  return {
    ...rest,
    emailTo: Array.isArray(emailTo) ? emailTo.join(', ') : (emailTo ?? null),
  };
}

/** The recipients as the text input shows them. */
export const formatRecipients = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
