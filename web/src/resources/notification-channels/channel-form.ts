import type { NotificationChannel } from '../../data/records';

/**
 * What the form sends: the server takes the recipients as one comma-separated string and
 * the tenant as one id (absent: every tenant); the record lists them as arrays. An emptied
 * dashboard URL is sent as '' (clear it): null would mean "keep".
 */
export function channelFormData(
  data: Omit<Partial<NotificationChannel>, 'emailTo'> & { emailTo?: string[] | string | null },
) {
  const { emailTo, publicUrl, ...rest } = data;
  return {
    ...rest,
    emailTo: Array.isArray(emailTo) ? emailTo.join(', ') : (emailTo ?? null),
    publicUrl: publicUrl ?? '',
  };
}

/** The recipients as the text input shows them. */
export const formatRecipients = (value: unknown) =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
