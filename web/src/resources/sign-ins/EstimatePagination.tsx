import { Tooltip } from '@mui/material';
import {
  Pagination,
  useListContext,
  useLocaleState,
  useTranslate,
  type PaginationProps,
} from 'react-admin';
import { makeFormat } from '../../i18n/format';

/** A large number the short way in the reader's language: 1.2M, 120万, 120萬. */
export function aboutCount(n: number, locale: string): string {
  return makeFormat(locale).compact(n);
}

/**
 * The list's pagination; when the server says its total is an estimate (`isEstimate`, beyond
 * 10,000 sign-ins), the range reads "1-50 of about 1.2M" with the reason on hover.
 */
export const EstimatePagination = () => {
  const { meta } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if ((meta as { isEstimate?: boolean } | undefined)?.isEstimate !== true) return <Pagination />;
  // Pagination hands props it does not name on to MUI's TablePagination.
  const label = {
    labelDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) => (
      <Tooltip title={translate('posture.sign_in.estimated_hint')}>
        <span data-testid="estimated-total">
          {translate('posture.sign_in.estimated_range', {
            offsetBegin: from,
            offsetEnd: to,
            total: aboutCount(count, locale),
          })}
        </span>
      </Tooltip>
    ),
  } as PaginationProps;
  return <Pagination {...label} />;
};
