import { screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CheckStatus, Severity } from '../gql/graphql';
import { renderInAdmin } from '../testing/render';
import { SeverityChip, SeverityField } from './SeverityChip';
import { STATUS_COLORS, StatusChip, StatusField } from './StatusChip';

describe('StatusChip', () => {
  it.each(Object.values(CheckStatus))('shows %s by its English name in its colours', (status) => {
    renderInAdmin(<StatusChip status={status} count={3} />);
    const chip = screen.getByTestId('status-chip');
    expect(chip.dataset.status).toBe(status);
    expect(chip.textContent).toMatch(/ 3$/);
    expect(chip.textContent).not.toContain('posture.status');
    expect(STATUS_COLORS[status].bg).toMatch(/^#/);
  });

  it('names statuses differently, so a chip is never ambiguous', () => {
    const names = Object.values(CheckStatus).map((status) => {
      const { unmount } = renderInAdmin(<StatusChip status={status} />);
      const text = screen.getByTestId('status-chip').textContent;
      unmount();
      return text;
    });
    expect(new Set(names).size).toBe(names.length);
  });

  it("shows a record's status, and nothing for a value the schema does not have", () => {
    renderInAdmin(
      <>
        <RecordContextProvider value={{ id: 'r1', status: 'FAIL' }}>
          <StatusField />
        </RecordContextProvider>
        <RecordContextProvider value={{ id: 'r2', status: 'BROKEN' }}>
          <StatusField />
        </RecordContextProvider>
      </>,
    );
    expect(screen.getAllByTestId('status-chip').map((c) => c.dataset.status)).toEqual(['FAIL']);
  });
});

describe('SeverityChip', () => {
  it.each(Object.values(Severity))('shows %s translated', (severity) => {
    const { container } = renderInAdmin(<SeverityChip severity={severity} />);
    const chip = container.querySelector(`[data-severity="${severity}"]`);
    expect(chip?.textContent).toBeTruthy();
    expect(chip?.textContent).not.toContain('posture.severity');
  });

  it('shows nothing for a value the schema does not have', () => {
    const { container } = renderInAdmin(
      <RecordContextProvider value={{ id: 'c1', severity: 'URGENT' }}>
        <SeverityField />
      </RecordContextProvider>,
    );
    expect(container.querySelector('[data-severity]')).toBeNull();
  });
});
