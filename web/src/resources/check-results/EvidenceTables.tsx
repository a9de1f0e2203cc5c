import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { useCheckText } from '../../posture/check-text';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useCanAccess, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CheckResultDetailsQuery } from '../../gql/graphql';
import type { CheckResult } from '../../data/records';
import { listUrl } from './check-result-details';
import { makeFormat, useFormat } from '../../i18n/format';

type Table = NonNullable<CheckResultDetailsQuery['CheckResult']>['evidenceTables'][number];
type Row = Table['rows'][number];

/** Only a finding can be waived (docs/checks.md: waivers cover FAIL and WARN items). */
const WAIVABLE = new Set(['FAIL', 'WARN']);

export interface EvidenceTablesProps {
  record: CheckResult;
  tables: Table[];
  all: boolean;
  onShowAll: (all: boolean) => void;
}

/**
 * The evidence's lists as the server shaped them (CheckResult.evidenceTables): each row linked
 * to what it names; failing rows can be selected and waived together.
 */
export const EvidenceTables = ({ record, tables, all, onShowAll }: EvidenceTablesProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [selected, setSelected] = useState<string[]>([]);
  // Only for a user the server lets create waivers (a VIEWER sees the rows, not the boxes).
  const { canAccess: canWaive } = useCanAccess({ action: 'create', resource: 'Waiver' });
  const waivable = WAIVABLE.has(record.status) && canWaive === true;
  const toggle = (key: string) =>
    setSelected((s) => (s.includes(key) ? s.filter((k) => k !== key) : [...s, key]));
  const waive = () =>
    navigate(createPath({ resource: 'Waiver', type: 'create' }), {
      state: {
        record: {
          tenantId: record.tenantId,
          checkId: record.checkId,
          scope: 'ITEMS',
          itemsText: selected.join('\n'),
        },
      },
    });
  if (tables.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('posture.evidence.none')}
      </Typography>
    );
  }
  const cut = tables.some((t) => t.rows.length < t.listed);
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      {waivable && (
        <Box>
          <Button
            variant="outlined"
            size="small"
            startIcon={<VerifiedUserIcon />}
            disabled={selected.length === 0}
            onClick={waive}
            data-testid="waive-selected"
          >
            {translate('posture.evidence.waive_selected', { smart_count: selected.length })}
          </Button>
        </Box>
      )}
      {tables.map((t) => (
        <EvidenceTableView
          key={t.list}
          table={t}
          tenantId={record.tenantId}
          selectable={waivable}
          selected={selected}
          onToggle={toggle}
        />
      ))}
      {(cut || all) && (
        <Box>
          <Button size="small" onClick={() => onShowAll(!all)} data-testid="evidence-show-all">
            {translate(all ? 'posture.evidence.show_fewer' : 'posture.evidence.show_all')}
          </Button>
        </Box>
      )}
    </Stack>
  );
};

interface EvidenceTableViewProps {
  table: Table;
  tenantId: string;
  selectable: boolean;
  selected: string[];
  onToggle: (key: string) => void;
}

const EvidenceTableView = ({
  table,
  tenantId,
  selectable,
  selected,
  onToggle,
}: EvidenceTableViewProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const number = (n: number) => makeFormat(locale).number(n);
  return (
    <Box data-testid={`evidence-${table.list}`} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">
          {translate(`posture.evidence.kind.${table.kind}`)}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {table.list}
        </Typography>
        <Typography variant="caption" data-testid="evidence-total">
          {translate('posture.evidence.shown', {
            shown: number(table.rows.length),
            total: number(table.total),
          })}
        </Typography>
      </Stack>
      {/* A wide table scrolls inside its box; the page itself never scrolls sideways. */}
      <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Table size="small" sx={{ tableLayout: 'auto', wordBreak: 'break-word' }}>
          <TableHead>
            <TableRow>
              {selectable && <TableCell padding="checkbox" />}
              {table.columns.map((c) => (
                <TableCell key={c} title={c}>
                  {translate(`posture.evidence.column.${c}`, { _: c })}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row, i) => (
              <TableRow key={`${row.key}-${i}`} data-testid="evidence-row" data-key={row.key}>
                {selectable && (
                  <TableCell padding="checkbox">
                    {row.failing && !row.waived && (
                      <Checkbox
                        size="small"
                        checked={selected.includes(row.key)}
                        onChange={() => onToggle(row.key)}
                        slotProps={{
                          input: {
                            'aria-label': translate('posture.evidence.select', { key: row.key }),
                          },
                        }}
                      />
                    )}
                  </TableCell>
                )}
                {table.columns.map((c, ci) => (
                  <TableCell key={c} sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                    <CellContent row={row} column={ci} tenantId={tenantId} table={table} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

const USER_COLUMNS = new Set(['userPrincipalName', 'UserPrincipalName', 'account', 'value']);
const DEVICE_COLUMNS = new Set(['DeviceId', 'deviceId']);
const POLICY_COLUMNS = new Set(['policyId', 'policy', 'policyName']);

/** An ISO 8601 instant as the evidence stores dates (`2026-12-01T09:15:00Z`, with fractions). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A cell as people read it: dates in the locale, the checks' own words for a value (a mailbox
 * location, where a policy comes from: posture.evidence.value) translated, the rest as stored.
 */
function cellText(
  cell: string | null,
  column: string,
  translate: ReturnType<typeof useTranslate>,
  format: ReturnType<typeof useFormat>,
): string {
  if (cell === null || cell === '') return '—';
  if (ISO_INSTANT.test(cell)) return format.dateTime(cell);
  return translate(`posture.evidence.value.${column}.${cell}`, { _: cell });
}

/** A cell; the one naming the row's user, device or policy links to it. */
const CellContent = ({
  row,
  column,
  tenantId,
  table,
}: {
  row: Row;
  column: number;
  tenantId: string;
  table: Table;
}) => {
  const translate = useTranslate();
  const format = useFormat();
  const worded = useCheckText();
  const name = table.columns[column]!;
  const message = row.messages[column];
  const text = message
    ? worded.summary({ message, summary: row.cells[column] ?? '—' })
    : cellText(row.cells[column] ?? null, name, translate, format);
  const badges = column === 0 && (row.waived || row.failing) && (
    <Chip
      size="small"
      variant="outlined"
      sx={{ ml: 1 }}
      label={translate(row.waived ? 'posture.evidence.waived' : 'posture.evidence.failing')}
    />
  );
  if (row.user && USER_COLUMNS.has(name) && row.cells[column]) {
    return (
      <>
        <Link to={listUrl('SignIn', { tenantId, user: row.user })} data-testid="evidence-user">
          {text}
        </Link>
        {badges}
      </>
    );
  }
  if (row.device && DEVICE_COLUMNS.has(name)) {
    return (
      <>
        <Link to={listUrl('MobileDevice', { tenantId, q: row.device })}>{text}</Link>
        {badges}
      </>
    );
  }
  if (row.policy && POLICY_COLUMNS.has(name)) {
    return (
      <>
        {text}{' '}
        <Link to={listUrl('DriftEvent', { tenantId, path: row.policy })}>
          {translate('posture.evidence.drift')}
        </Link>{' '}
        <Link to={listUrl('Snapshot', { tenantId })}>{translate('posture.evidence.settings')}</Link>
        {badges}
      </>
    );
  }
  return (
    <>
      {text}
      {badges}
    </>
  );
};
