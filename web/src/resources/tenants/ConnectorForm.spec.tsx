import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectorSettings } from '../../data/records';
import { requestsFor, stubGraphQLFetch } from '../../testing/graphql-fetch';
import { renderInAdmin, signIn } from '../../testing/render';
import { ConnectorForm } from './ConnectorForm';
import type { ConnectorDefaults } from './use-connector-settings';

const defaults: ConnectorDefaults = {
  loginBaseUrl: 'https://login.example.test',
  graphBaseUrl: 'https://graph.example.test',
  exchangeBaseUrl: 'https://exchange.example.test',
  overlapMinutes: 15,
  minOverlapMinutes: 0,
  maxOverlapMinutes: 1440,
};

const stored: ConnectorSettings = {
  tenantId: 't1',
  enabled: true,
  directoryId: '8d6e3f0a-7c1b-4e2d-9a5f-3b4c5d6e7f80',
  clientId: '5f1c7a3e-2d4b-4c6a-9e8f-0a1b2c3d4e5f',
  hasSecret: true,
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  exchangeBaseUrl: 'https://outlook.office365.com',
  overlapMinutes: 30,
  updatedAt: '2026-11-22T05:10:07.682Z',
};

/** The server's answer to the preview, whatever it was asked: the test decides what it says. */
function serve(preview: {
  clearsSecret: boolean;
  problems?: Array<{ path: string; reason: string }>;
}) {
  return stubGraphQLFetch({
    connectorChangePreview: () => ({ problems: [], ...preview }),
    updateConnectorSettings: ({ input }: { input: Record<string, unknown> }) => ({
      ...stored,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)),
      hasSecret: false,
    }),
  });
}

const field = (label: string) => screen.getByLabelText(label, { exact: false });

describe('ConnectorForm', () => {
  it('warns before saving when the server says the change clears the stored secret', async () => {
    signIn();
    const sent = serve({ clearsSecret: true });
    renderInAdmin(
      <ConnectorForm tenantId="t1" current={stored} defaults={defaults} onSaved={() => {}} />,
    );
    const graph = field('Microsoft Graph endpoint');
    await userEvent.clear(graph);
    await userEvent.type(graph, 'https://graph.example.net');

    // The server is asked about exactly what the form holds (no secret was typed)…
    await waitFor(() =>
      expect(requestsFor(sent, 'connectorChangePreview').at(-1)?.variables).toMatchObject({
        tenantId: 't1',
        input: { graphBaseUrl: 'https://graph.example.net', directoryId: stored.directoryId },
      }),
    );
    expect(requestsFor(sent, 'connectorChangePreview').at(-1)!.variables.input).not.toHaveProperty(
      'clientSecret',
    );
    // …and its answer is said before saving.
    expect((await screen.findByTestId('secret-will-clear')).textContent).toMatch(/secret/i);
  });

  it('says nothing when the server says the secret stays, and shows its URL problems', async () => {
    signIn();
    serve({
      clearsSecret: false,
      problems: [
        { path: 'loginBaseUrl', reason: 'must be https (http only for a local emulator)' },
        { path: 'clientId', reason: 'shown by its own field, not here' },
      ],
    });
    renderInAdmin(
      <ConnectorForm tenantId="t1" current={stored} defaults={defaults} onSaved={() => {}} />,
    );
    const problem = await screen.findByTestId('connector-problem');
    expect(problem.dataset.path).toBe('loginBaseUrl');
    expect(problem.textContent).toBe(
      'Sign-in endpoint: must be https (http only for a local emulator)',
    );
    expect(screen.queryByTestId('secret-will-clear')).toBeNull();
    expect(screen.getAllByTestId('connector-problem')).toHaveLength(1);
  });

  it("offers the server's defaults for a new connector", () => {
    signIn();
    serve({ clearsSecret: false });
    renderInAdmin(
      <ConnectorForm tenantId="t1" current={null} defaults={defaults} onSaved={() => {}} />,
    );
    expect((field('Sign-in endpoint') as HTMLInputElement).value).toBe(defaults.loginBaseUrl);
    expect((field('Microsoft Graph endpoint') as HTMLInputElement).value).toBe(
      defaults.graphBaseUrl,
    );
    expect((field('Overlap (minutes)') as HTMLInputElement).value).toBe('15');
  });

  it('saves the trimmed values, sending a secret only when one was typed', async () => {
    signIn();
    const sent = serve({ clearsSecret: false });
    const onSaved = vi.fn();
    renderInAdmin(
      <ConnectorForm tenantId="t1" current={stored} defaults={defaults} onSaved={onSaved} />,
    );
    const graph = field('Microsoft Graph endpoint');
    await userEvent.clear(graph);
    await userEvent.type(graph, ' https://graph.example.net ');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const saved = requestsFor(sent, 'updateConnectorSettings')[0]!.variables;
    expect(saved).toMatchObject({
      tenantId: 't1',
      input: { clientId: stored.clientId, graphBaseUrl: 'https://graph.example.net' },
    });
    expect(saved.input).not.toHaveProperty('clientSecret');
  });
});
