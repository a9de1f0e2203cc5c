import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFormat } from '../../i18n/format';
import { DAY_MS } from '../../posture/dates';
import { requestsFor, stubGraphQLFetch } from '../../testing/graphql-fetch';
import { renderInAdmin, signIn } from '../../testing/render';
import { WaiverCreate } from './WaiverCreate';

// The server's limits; the test's own values, so the form is seen to use them.
const limits = { maxDays: 10, defaultDays: 3, minReasonLength: 8 };

function serve() {
  return stubGraphQLFetch({
    waiverLimits: limits,
    allTenants: [],
    _allTenantsMeta: { count: 0 },
    allChecks: [],
    _allChecksMeta: { count: 0 },
  });
}

const renderCreate = () =>
  renderInAdmin(<WaiverCreate />, 'Waiver', { path: '/Waiver/create', at: '/Waiver/create' });

/** A `datetime-local` value `days` from now, in the browser's time zone. */
function localInput(days: number) {
  const d = new Date(Date.now() + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const expiry = () => screen.getByLabelText('Expires', { exact: false }) as HTMLInputElement;

describe('WaiverCreate', () => {
  it('says the chosen expiry back under the picker, in the dashboard language', async () => {
    signIn();
    serve();
    renderCreate();
    await waitFor(() => expect(expiry().value).not.toBe(''));
    const chosen = localInput(2);
    fireEvent.change(expiry(), { target: { value: chosen } });
    const echo = makeFormat('en').dateTime(new Date(chosen));
    expect(
      await screen.findByText(new RegExp(`^${echo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `)),
    ).toBeTruthy();
  });

  it("starts a new waiver at the server's default duration", async () => {
    signIn();
    const sent = serve();
    renderCreate();
    await waitFor(() => expect(expiry().value).not.toBe(''));
    const at = new Date(expiry().value).getTime();
    expect(Math.abs(at - (Date.now() + limits.defaultDays * DAY_MS))).toBeLessThan(5 * 60_000);
    expect(requestsFor(sent, 'waiverLimits')).toHaveLength(1);
  });

  it("refuses an expiry beyond the server's longest duration, and a reason below its shortest", async () => {
    signIn();
    serve();
    renderCreate();
    await waitFor(() => expect(expiry().value).not.toBe(''));
    fireEvent.change(expiry(), { target: { value: localInput(limits.maxDays + 2) } });
    fireEvent.blur(expiry());
    fireEvent.change(screen.getByLabelText('Reason', { exact: false }), {
      target: { value: 'short' },
    });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('At most 10 days ahead')).toBeTruthy();
    expect(await screen.findByText(/8 characters/)).toBeTruthy();

    fireEvent.change(expiry(), { target: { value: localInput(limits.maxDays - 1) } });
    await waitFor(() => expect(screen.queryByText('At most 10 days ahead')).toBeNull());
  });
});
