import { InputAdornment, Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  NumberInput,
  TextArrayInput,
  TextInput,
  maxValue,
  minValue,
  number,
  regex,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { SOURCES, choicesOf } from '../../posture/enums';
import { formatPercent, parsePercent, ratioToPercent } from './tenant-settings';

/** Five fields, or six with seconds first; the server checks the expression itself. */
const CRON = /^\S+( \S+){4,5}$/;

const integer: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'posture.validation.integer' : undefined;

const wholeBetween = (min: number, max: number) => [
  required(),
  number(),
  integer,
  minValue(min),
  maxValue(max),
];

/** Bounds in percent, checked on the stored ratio. */
const percentBetween =
  (min: number, max: number): Validator =>
  (value: unknown) => {
    if (typeof value !== 'number') return undefined;
    const percent = ratioToPercent(value);
    if (percent < min) return { message: 'ra.validation.minValue', args: { min } };
    if (percent > max) return { message: 'ra.validation.maxValue', args: { max } };
    return undefined;
  };

const sourceChoices = choicesOf(SOURCES, 'posture.source');

const percentSlot = (text: string) => ({
  input: { endAdornment: <InputAdornment position="end">{text}</InputAdornment> },
});

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/** Every key of `Tenant.settings`, with the server's bounds (jobs tenant-settings.ts). */
export const TenantSettingsInputs = () => (
  <>
    <Section title="posture.settings.section_schedule" />
    <TextInput
      source="settings.checkSchedule"
      validate={[required(), regex(CRON, 'posture.validation.cron')]}
      helperText="posture.settings.cron_hint"
      sx={{ '& input': { fontFamily: 'monospace' } }}
    />

    <Section title="posture.settings.section_windows" />
    <NumberInput
      source="settings.signInLookbackDays"
      validate={wholeBetween(1, 90)}
      step={1}
      helperText="posture.settings.sign_in_lookback_hint"
    />
    <NumberInput
      source="settings.deviceLookbackDays"
      validate={wholeBetween(1, 365)}
      step={1}
      helperText="posture.settings.device_lookback_hint"
    />
    <NumberInput
      source="settings.maxSourceAgeHours"
      validate={[required(), number(), minValue(1), maxValue(24 * 30)]}
      helperText="posture.settings.max_source_age_hint"
    />
    <NumberInput
      source="settings.signInRetentionDays"
      validate={wholeBetween(7, 3650)}
      step={1}
      helperText="posture.settings.retention_hint"
    />

    <Section title="posture.settings.section_thresholds" />
    <NumberInput
      source="settings.pilotCoverageThreshold"
      format={formatPercent}
      parse={parsePercent}
      validate={[required(), percentBetween(0, 100)]}
      slotProps={percentSlot('%')}
      helperText="posture.settings.pilot_threshold_hint"
    />
    <NumberInput
      source="settings.legacyAttemptRiseThreshold"
      format={formatPercent}
      parse={parsePercent}
      validate={[required(), percentBetween(0, 10_000)]}
      slotProps={percentSlot('%')}
      helperText="posture.settings.rise_threshold_hint"
    />

    <Section title="posture.settings.section_sources" />
    <TextArrayInput
      source="settings.emergencyAccessAccounts"
      helperText="posture.settings.emergency_hint"
      sx={{ minWidth: 480 }}
    />
    <CheckboxGroupInput
      source="settings.declaredSources"
      choices={sourceChoices}
      helperText="posture.settings.declared_sources_hint"
    />
  </>
);
