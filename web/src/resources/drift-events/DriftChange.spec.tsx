import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../../testing/render';
import { DriftChange, VALUE_PREVIEW } from './DriftChange';

const change = () => screen.getByTestId('drift-change');

describe('DriftChange', () => {
  it('shows a flipped flag as before → after', () => {
    renderInAdmin(<DriftChange before={false} after={true} />);
    expect(change().textContent).toBe('false→true');
  });

  it('keeps a string apart from the value it spells, and a missing side as a dash', () => {
    renderInAdmin(<DriftChange before={null} after="true" />);
    expect(change().textContent).toBe('—→"true"');
  });

  it('shows a list compactly on one line', () => {
    renderInAdmin(<DriftChange before={['Finance', 'Sales']} after={{ state: 'enabled' }} />);
    expect(change().textContent).toBe('["Finance","Sales"]→{"state":"enabled"}');
  });

  it('truncates a long value and expands it on demand, without opening the row', async () => {
    const members = Array.from({ length: 30 }, (_, i) => `user${i}@contoso.example`);
    const full = JSON.stringify(members);
    let rowClicks = 0;
    renderInAdmin(
      <div onClick={() => rowClicks++}>
        <DriftChange before={[]} after={members} />
      </div>,
    );
    expect(change().textContent).not.toContain(full);
    expect(change().textContent).toContain(`${full.slice(0, VALUE_PREVIEW)}…`);
    await userEvent.click(within(change()).getByRole('button', { name: 'more' }));
    expect(change().textContent).toContain(full);
    await userEvent.click(within(change()).getByRole('button', { name: 'less' }));
    expect(change().textContent).not.toContain(full);
    expect(rowClicks).toBe(0);
  });
});
