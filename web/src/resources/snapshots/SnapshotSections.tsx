import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { SummaryText } from '../../posture/check-text';
import { makeFormat } from '../../i18n/format';
import { useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { plainErrorMessage } from '../../data/problems';
import type {
  SnapshotSectionKind,
  SnapshotSectionsQuery,
  SnapshotSectionsQueryVariables,
} from '../../gql/graphql';
import type { Snapshot } from '../../data/records';
import { CodeBlock, formatJson } from '../../posture/CodeField';
import { cjkWordWrapSx } from '../../posture/text';
import { SNAPSHOT_RAW, SNAPSHOT_SECTIONS } from './queries';

type Loaded = NonNullable<SnapshotSectionsQuery['Snapshot']>;
type Section = Loaded['sections'][number];
type Diff = NonNullable<Loaded['diff']>;

/** Rows a section shows first (a glance), and how many "show all" asks for (the server's most). */
const FIRST_ROWS = 10;
const ALL_ROWS = 500;
/** Changes the card lists; the Drift tab pages through all of them. */
const CHANGES_SHOWN = 20;

/**
 * A wide table scrolls inside its own box: inline-size containment keeps its width out of the
 * page's (the layout grows to fit its content, which would overflow the window instead).
 */
const scrollSx = { overflowX: 'auto', contain: 'inline-size' } as const;

const Loading = () => (
  <Box sx={{ py: 2 }} role="status">
    <CircularProgress size={24} aria-label="loading" />
  </Box>
);

const ErrorText = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  return <Alert severity="error">{plainErrorMessage(error, translate)}</Alert>;
};

const valueText = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** The changes since the tenant's previous snapshot: first, because that is what moved. */
const ChangesCard = ({ diff }: { diff: Diff }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const shown = diff.changes;
  return (
    <Card variant="outlined" data-testid="snapshot-changes">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('posture.snapshot.changes_title')}
        </Typography>
        {diff.previousSnapshotId === null ? (
          <Typography color="text.secondary">{translate('posture.snapshot.first')}</Typography>
        ) : (
          <>
            {diff.previousCapturedAt && (
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {translate('posture.snapshot.compared_with', {
                  date: makeFormat(locale).dateTime(diff.previousCapturedAt),
                })}
              </Typography>
            )}
            {diff.total === 0 ? (
              <Typography>{translate('posture.snapshot.no_changes')}</Typography>
            ) : (
              <Box sx={scrollSx}>
                <Table
                  size="small"
                  aria-label={translate('posture.snapshot.changes_title')}
                  sx={cjkWordWrapSx}
                >
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('posture.snapshot.change_kind')}</TableCell>
                      <TableCell>{translate('posture.snapshot.setting')}</TableCell>
                      <TableCell>{translate('posture.snapshot.before')}</TableCell>
                      <TableCell>{translate('posture.snapshot.after')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {shown.map((c) => (
                      <TableRow key={`${c.source}:${c.path}`}>
                        <TableCell>
                          <Chip
                            size="small"
                            color={c.kind === 'REMOVED' ? 'warning' : 'default'}
                            label={translate(`posture.drift_kind.${c.kind}`)}
                          />
                        </TableCell>
                        <TableCell sx={{ overflowWrap: 'anywhere' }}>
                          <Typography variant="body2" data-testid="snapshot-change-summary">
                            <SummaryText record={c} />
                          </Typography>
                          <Typography
                            variant="caption"
                            color="text.secondary"
                            sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                          >
                            {c.path}
                          </Typography>
                        </TableCell>
                        <TableCell sx={{ overflowWrap: 'anywhere', fontSize: '0.8rem' }}>
                          {c.kind === 'ADDED' ? '—' : valueText(c.before)}
                        </TableCell>
                        <TableCell sx={{ overflowWrap: 'anywhere', fontSize: '0.8rem' }}>
                          {c.kind === 'REMOVED' ? '—' : valueText(c.after)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {diff.total > shown.length && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {translate('posture.snapshot.changes_more', {
                      shown: shown.length,
                      total: diff.total,
                    })}
                  </Typography>
                )}
              </Box>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};

/** Words wrap between themselves; only a token longer than the column (a URL, a GUID) breaks. */
const cellSx = { overflowWrap: 'break-word', wordBreak: 'normal', minWidth: '5rem' } as const;

const SectionTable = ({ section, onShowAll }: { section: Section; onShowAll?: () => void }) => {
  const translate = useTranslate();
  const title = translate(`posture.snapshot.section.${section.kind}`);
  return (
    <Box component="section" data-testid={`snapshot-section-${section.kind}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        {section.read && (
          <Typography variant="body2" color="text.secondary">
            ({section.total})
          </Typography>
        )}
      </Stack>
      {!section.read ? (
        <Typography variant="body2" color="text.secondary">
          {translate('posture.snapshot.not_read')}
        </Typography>
      ) : section.total === 0 ? (
        <Typography variant="body2">{translate('posture.snapshot.empty')}</Typography>
      ) : (
        <Box sx={scrollSx}>
          <Table size="small" aria-label={title} sx={cjkWordWrapSx}>
            <TableHead>
              <TableRow>
                {section.columns.map((c) => (
                  <TableCell key={c}>
                    {translate(`posture.snapshot.column.${c}`, { _: c })}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {section.rows.map((r) => (
                <TableRow key={r.key}>
                  {r.cells.map((cell, i) => (
                    <TableCell key={section.columns[i] ?? i} sx={cellSx}>
                      {cell === null || cell === '' ? '—' : cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {section.total > section.rows.length && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
              <Typography variant="body2" color="text.secondary">
                {translate('posture.snapshot.rows_shown', {
                  shown: section.rows.length,
                  total: section.total,
                })}
              </Typography>
              {onShowAll && section.rows.length < ALL_ROWS && (
                <Button size="small" onClick={onShowAll}>
                  {translate('posture.snapshot.show_all')}
                </Button>
              )}
            </Stack>
          )}
        </Box>
      )}
    </Box>
  );
};

/** One section with up to ALL_ROWS rows, fetched when "show all" is clicked. */
const FullSection = ({
  id,
  kind,
  first,
}: {
  id: string;
  kind: SnapshotSectionKind;
  first: Section;
}) => {
  const full = useGraphQLQuery(SNAPSHOT_SECTIONS, {
    id,
    limit: ALL_ROWS,
    kinds: [kind],
    withDiff: false,
  } satisfies SnapshotSectionsQueryVariables);
  const section = full.data?.Snapshot?.sections[0];
  if (full.error) return <ErrorText error={full.error} />;
  return <SectionTable section={section ?? first} />;
};

const RawJson = ({ id }: { id: string }) => {
  const raw = useGraphQLQuery(SNAPSHOT_RAW, { id });
  if (raw.isPending) return <Loading />;
  if (raw.error) return <ErrorText error={raw.error} />;
  return (
    <Box data-testid="snapshot-raw">
      <CodeBlock text={formatJson(raw.data?.Snapshot?.raw ?? null)} />
    </Box>
  );
};

/**
 * A snapshot for people: what changed since the previous one, then its settings as tables
 * (Snapshot.diff and Snapshot.sections, shaped by the server). The body as received is fetched
 * only when asked for.
 */
export const SnapshotSections = () => {
  const record = useRecordContext<Snapshot>();
  const translate = useTranslate();
  const [all, setAll] = useState<ReadonlySet<SnapshotSectionKind>>(new Set());
  const [showRaw, setShowRaw] = useState(false);
  const id = record?.id ?? null;
  const loaded = useGraphQLQuery(
    SNAPSHOT_SECTIONS,
    id === null
      ? null
      : ({
          id,
          limit: FIRST_ROWS,
          diffLimit: CHANGES_SHOWN,
          withDiff: true,
        } satisfies SnapshotSectionsQueryVariables),
  );
  if (id === null) return null;
  const snapshot = loaded.data?.Snapshot;
  return (
    <Stack spacing={3} sx={{ width: '100%', minWidth: 0 }}>
      {loaded.isPending && <Loading />}
      {loaded.error !== undefined && <ErrorText error={loaded.error} />}
      {snapshot?.diff && <ChangesCard diff={snapshot.diff} />}
      {snapshot?.sections.map((s) =>
        all.has(s.kind) ? (
          <FullSection key={s.kind} id={id} kind={s.kind} first={s} />
        ) : (
          <SectionTable
            key={s.kind}
            section={s}
            onShowAll={() => setAll((prev) => new Set([...prev, s.kind]))}
          />
        ),
      )}
      <Box>
        <Button
          variant="outlined"
          size="small"
          onClick={() => setShowRaw((v) => !v)}
          aria-expanded={showRaw}
          data-testid="snapshot-raw-toggle"
        >
          {translate(showRaw ? 'posture.snapshot.hide_raw' : 'posture.snapshot.show_raw')}
        </Button>
        {showRaw && (
          <Box sx={{ mt: 1 }}>
            <RawJson id={id} />
          </Box>
        )}
      </Box>
    </Stack>
  );
};
