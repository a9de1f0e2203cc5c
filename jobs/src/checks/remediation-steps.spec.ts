import { describe, expect, it } from 'vitest';
import { remediationSteps } from './remediation-steps.js';

describe('remediation steps', () => {
  it('cuts a rollout remediation into prose and one command per user', () => {
    const text =
      'Exchange Online PowerShell: Set-User -Identity "ann@contoso.com" -AuthenticationPolicy "Block Basic"; Set-User -Identity "bo@contoso.com" -AuthenticationPolicy "Block Basic" (and the other 30 listed).';
    expect(remediationSteps(text)).toEqual([
      { text: 'Exchange Online PowerShell:', command: false },
      {
        text: 'Set-User -Identity "ann@contoso.com" -AuthenticationPolicy "Block Basic"',
        command: true,
      },
      {
        text: 'Set-User -Identity "bo@contoso.com" -AuthenticationPolicy "Block Basic"',
        command: true,
      },
      { text: '(and the other 30 listed)', command: false },
    ]);
  });

  it('keeps a variable assignment and a pipeline whole', () => {
    expect(
      remediationSteps(
        'With Microsoft Graph PowerShell: $names = (Get-MgServicePrincipal -ServicePrincipalId 00000002-0000-0ff1-ce00-000000000000).ServicePrincipalNames + @("https://mail.contoso.com"); Update-MgServicePrincipal -ServicePrincipalId x -ServicePrincipalNames $names',
      ).map((s) => s.command),
    ).toEqual([false, true, true]);
    expect(
      remediationSteps(
        'In the on-premises Exchange Management Shell: Get-MobileDevice | Where-Object DeviceId -eq "ABC" | Remove-MobileDevice',
      )[1],
    ).toEqual({
      text: 'Get-MobileDevice | Where-Object DeviceId -eq "ABC" | Remove-MobileDevice',
      command: true,
    });
  });

  it('moves an explanation in parentheses after a command out of it', () => {
    expect(
      remediationSteps(
        'In Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic" (the tenant\'s policy that blocks Basic auth).',
      ),
    ).toEqual([
      { text: 'In Exchange Online PowerShell:', command: false },
      { text: 'Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic"', command: true },
      { text: "(the tenant's policy that blocks Basic auth)", command: false },
    ]);
  });

  it('is prose alone when there is no command', () => {
    expect(remediationSteps('Contact the listed users. Move them to Outlook mobile.')).toEqual([
      { text: 'Contact the listed users. Move them to Outlook mobile.', command: false },
    ]);
    expect(remediationSteps('')).toEqual([]);
  });
});
