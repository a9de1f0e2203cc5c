import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './rollout-export.controller.js';

describe('rollout CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(false)).toBe('false');
  });

  it('writes one member as one line in the header order', () => {
    expect(
      csvRow('Pilot, first', {
        userPrincipalName: 'ann@contoso.com',
        mailboxLocation: 'ON_PREMISES',
        covered: false,
        effectivePolicy: null,
        policySource: 'none',
        reason: 'on-premises mailbox: no own authentication policy and no on-premises default',
        protocols: ['IMAP4', 'POP3'],
        clients: ['Thunderbird'],
        count: 4,
        lastSeen: new Date('2026-12-01T10:00:00Z'),
      }),
    ).toBe(
      'ann@contoso.com,"Pilot, first",ON_PREMISES,false,,none,on-premises mailbox: no own authentication policy and no on-premises default,IMAP4; POP3,Thunderbird,4,2026-12-01T10:00:00.000Z',
    );
  });
});
