import { describe, expect, it } from 'vitest';
import { channelFormData, formatRecipients } from './channel-form';

describe('channel form', () => {
  it('sends the recipients as the one comma-separated string the server takes', () => {
    expect(channelFormData({ name: 'mail', emailTo: ['a@x.com', 'b@x.com'] })).toEqual({
      name: 'mail',
      emailTo: 'a@x.com, b@x.com',
      publicUrl: '',
    });
    expect(channelFormData({ name: 'typed', emailTo: 'a@x.com; b@x.com' })).toMatchObject({
      emailTo: 'a@x.com; b@x.com',
    });
    expect(channelFormData({ name: 'hook' })).toMatchObject({ emailTo: null });
    // An emptied dashboard URL clears it; a kept one is sent as it is.
    expect(channelFormData({ publicUrl: null })).toMatchObject({ publicUrl: '' });
    expect(channelFormData({ publicUrl: 'https://p.example' })).toMatchObject({
      publicUrl: 'https://p.example',
    });
  });

  it('shows stored recipients as text', () => {
    expect(formatRecipients(['a@x.com', 'b@x.com'])).toBe('a@x.com, b@x.com');
    expect(formatRecipients(undefined)).toBe('');
  });
});
