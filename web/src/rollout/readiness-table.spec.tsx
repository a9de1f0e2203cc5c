import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { breakableUpn } from './ReadinessTable';

describe('readiness table: a user principal name wraps between its parts', () => {
  it('offers a line break after "@" and after each ".", never inside a name', () => {
    expect(renderToStaticMarkup(<>{breakableUpn('mei.hayashi@contoso.com')}</>)).toBe(
      'mei.<wbr/>hayashi@<wbr/>contoso.<wbr/>com',
    );
    expect(renderToStaticMarkup(<>{breakableUpn('admin')}</>)).toBe('admin');
  });
});
