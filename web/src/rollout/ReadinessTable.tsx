import {
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { Fragment, useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { makeFormat } from '../i18n/format';

export interface ReadinessEntry {
  wave: string;
  waveId: string;
  userPrincipalName: string;
  mailboxLocation: string;
  covered: boolean;
  protocols: string[];
  clients: string[];
  count: number;
  lastSeen?: string | null;
}

const LOCATIONS = ['ONLINE', 'ON_PREMISES', 'NONE'] as const;
// Wrap at word boundaries, and inside a word only when it alone is wider than the cell.
const WRAP = { overflowWrap: 'break-word', wordBreak: 'normal' } as const;

/**
 * A user principal name with line-break opportunities after "@" and each ".", so a narrow cell
 * wraps it between its parts rather than in the middle of a name.
 */
export function breakableUpn(upn: string) {
  const parts = upn.split(/(?<=[@.])/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}

/** Who breaks next, per wave, with filters by wave, mailbox location and coverage. */
export const ReadinessTable = ({
  rows,
  waves,
  printable = false,
}: {
  rows: ReadinessEntry[];
  waves: Array<{ id: string; name: string }>;
  printable?: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [wave, setWave] = useState('');
  const [location, setLocation] = useState('');
  const [covered, setCovered] = useState('');
  const format = makeFormat(locale);
  // Below the md breakpoint (the 800 px layout, a drawer beside the page), five columns leave
  // each too narrow for its words: two columns then carry the same facts.
  const theme = useTheme();
  const compact = useMediaQuery(theme.breakpoints.down('md')) && !printable;
  const shown = useMemo(
    () =>
      rows.filter(
        (r) =>
          (!wave || r.waveId === wave) &&
          (!location || r.mailboxLocation === location) &&
          (!covered || String(r.covered) === covered),
      ),
    [rows, wave, location, covered],
  );
  const t = (k: string) => translate(`posture.rollout.${k}`);
  return (
    <Stack spacing={2}>
      {!printable && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            fullWidth={false}
            label={t('filter_wave')}
            value={wave}
            onChange={(e) => setWave(e.target.value)}
            sx={{ minWidth: 160 }}
            data-testid="readiness-filter-wave"
          >
            <MenuItem value="">{t('filter_all')}</MenuItem>
            {waves.map((w) => (
              <MenuItem key={w.id} value={w.id}>
                {w.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            fullWidth={false}
            label={t('filter_location')}
            value={location}
            onChange={(e) => setLocation(e.target.value)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('filter_all')}</MenuItem>
            {LOCATIONS.map((l) => (
              <MenuItem key={l} value={l}>
                {t(`location_${l}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            fullWidth={false}
            label={t('filter_covered')}
            value={covered}
            onChange={(e) => setCovered(e.target.value)}
            sx={{ minWidth: 120 }}
          >
            <MenuItem value="">{t('filter_all')}</MenuItem>
            <MenuItem value="true">{t('yes')}</MenuItem>
            <MenuItem value="false">{t('no')}</MenuItem>
          </TextField>
        </Stack>
      )}
      {shown.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('readiness_empty')}
        </Typography>
      ) : (
        <TableContainer>
          {compact ? (
            <Table
              size="small"
              sx={{ tableLayout: 'fixed', minWidth: 0 }}
              data-testid="readiness-table"
            >
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: '58%' }}>
                    {t('col_user')} · {t('col_wave')} · {t('col_location')}
                  </TableCell>
                  <TableCell sx={{ width: '42%' }}>
                    {t('col_protocols')} · {t('col_count')} · {t('col_last_seen')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((r) => (
                  <TableRow key={`${r.waveId}/${r.userPrincipalName}`}>
                    <TableCell sx={WRAP}>
                      {breakableUpn(r.userPrincipalName)}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {r.clients.join(', ')}
                      </Typography>
                      <Typography variant="caption" component="div">
                        {r.wave} · {t(`location_${r.mailboxLocation}`)}
                      </Typography>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={r.covered ? 'success' : 'warning'}
                        label={t(r.covered ? 'covered_yes' : 'covered_no')}
                        sx={{ mt: 0.5 }}
                      />
                    </TableCell>
                    <TableCell sx={WRAP}>
                      {r.protocols.join(', ')}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {format.number(r.count)} · {format.dateTime(r.lastSeen)}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <Table
              size="small"
              sx={{ tableLayout: 'fixed', minWidth: 0 }}
              data-testid="readiness-table"
            >
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: '32%' }}>{t('col_user')}</TableCell>
                  <TableCell sx={{ width: '14%' }}>{t('col_wave')}</TableCell>
                  <TableCell sx={{ width: '17%' }}>{t('col_location')}</TableCell>
                  <TableCell sx={{ width: '19%' }}>{t('col_protocols')}</TableCell>
                  <TableCell sx={{ width: '18%' }}>
                    {t('col_count')} · {t('col_last_seen')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((r) => (
                  <TableRow key={`${r.waveId}/${r.userPrincipalName}`}>
                    <TableCell sx={WRAP}>
                      {breakableUpn(r.userPrincipalName)}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {r.clients.join(', ')}
                      </Typography>
                    </TableCell>
                    <TableCell sx={WRAP}>{r.wave}</TableCell>
                    <TableCell sx={WRAP}>
                      {t(`location_${r.mailboxLocation}`)}
                      <div>
                        <Chip
                          size="small"
                          variant="outlined"
                          color={r.covered ? 'success' : 'warning'}
                          label={t(r.covered ? 'covered_yes' : 'covered_no')}
                          sx={{
                            maxWidth: '100%',
                            height: 'auto',
                            '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
                          }}
                        />
                      </div>
                    </TableCell>
                    <TableCell sx={WRAP}>{r.protocols.join(', ')}</TableCell>
                    <TableCell sx={WRAP}>
                      {r.count}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {format.dateTime(r.lastSeen)}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </TableContainer>
      )}
    </Stack>
  );
};
