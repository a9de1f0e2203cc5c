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
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import type { TenantSettingsBoundsQuery } from '../../gql/graphql';
import { formatPercent, parsePercent, ratioToPercent } from './tenant-settings';

const TENANT_SETTINGS_BOUNDS = graphql(`
  query TenantSettingsBounds {
    tenantSettingsBounds {
      key
      min
      max
      integer
      pattern
    }
  }
`);

type Bounds = TenantSettingsBoundsQuery['tenantSettingsBounds'][number];

const integer: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'posture.validation.integer' : undefined;

/** A number input's checks, with the server's bounds once they are known. */
const numberBetween = (b: Bounds | undefined): Validator[] => [
  required(),
  number(),
  ...(b?.integer ? [integer] : []),
  ...(b?.min != null ? [minValue(b.min)] : []),
  ...(b?.max != null ? [maxValue(b.max)] : []),
];

/** The server's bounds are on the stored ratio; the message names them in percent. */
const percentBetween =
  (b: Bounds | undefined): Validator =>
  (value: unknown) => {
    if (typeof value !== 'number' || !b) return undefined;
    if (b.min != null && value < b.min)
      return { message: 'ra.validation.minValue', args: { min: ratioToPercent(b.min) } };
    if (b.max != null && value > b.max)
      return { message: 'ra.validation.maxValue', args: { max: ratioToPercent(b.max) } };
    return undefined;
  };

const patternOf = (b: Bounds | undefined): Validator[] =>
  b?.pattern ? [regex(new RegExp(b.pattern), 'posture.validation.cron')] : [];

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

/** Every key of `Tenant.settings`, checked with the bounds the server states and applies. */
export const TenantSettingsInputs = () => {
  const { data } = useGraphQLQuery(TENANT_SETTINGS_BOUNDS, {});
  const bounds = new Map(data?.tenantSettingsBounds.map((b) => [b.key, b]));
  return (
    <>
      <Section title="posture.settings.section_schedule" />
      <TextInput
        source="settings.checkSchedule"
        validate={[required(), ...patternOf(bounds.get('checkSchedule'))]}
        helperText="posture.settings.cron_hint"
        sx={{ '& input': { fontFamily: 'monospace' } }}
      />

      <Section title="posture.settings.section_windows" />
      <NumberInput
        source="settings.signInLookbackDays"
        validate={numberBetween(bounds.get('signInLookbackDays'))}
        step={1}
        helperText="posture.settings.sign_in_lookback_hint"
      />
      <NumberInput
        source="settings.deviceLookbackDays"
        validate={numberBetween(bounds.get('deviceLookbackDays'))}
        step={1}
        helperText="posture.settings.device_lookback_hint"
      />
      <NumberInput
        source="settings.maxSourceAgeHours"
        validate={numberBetween(bounds.get('maxSourceAgeHours'))}
        helperText="posture.settings.max_source_age_hint"
      />
      <NumberInput
        source="settings.signInRetentionDays"
        validate={numberBetween(bounds.get('signInRetentionDays'))}
        step={1}
        helperText="posture.settings.retention_hint"
      />

      <Section title="posture.settings.section_thresholds" />
      <NumberInput
        source="settings.pilotCoverageThreshold"
        format={formatPercent}
        parse={parsePercent}
        validate={[required(), percentBetween(bounds.get('pilotCoverageThreshold'))]}
        slotProps={percentSlot('%')}
        helperText="posture.settings.pilot_threshold_hint"
      />
      <NumberInput
        source="settings.legacyAttemptRiseThreshold"
        format={formatPercent}
        parse={parsePercent}
        validate={[required(), percentBetween(bounds.get('legacyAttemptRiseThreshold'))]}
        slotProps={percentSlot('%')}
        helperText="posture.settings.rise_threshold_hint"
      />

      <Section title="posture.settings.section_sources" />
      <TextArrayInput
        source="settings.emergencyAccessAccounts"
        helperText="posture.settings.emergency_hint"
        sx={{ minWidth: 480 }}
      />
      <TextArrayInput
        source="settings.approvedMobileAppIds"
        helperText="posture.settings.approved_apps_hint"
        sx={{ minWidth: 480 }}
      />
      <CheckboxGroupInput
        source="settings.declaredSources"
        choices={sourceChoices}
        helperText="posture.settings.declared_sources_hint"
      />
    </>
  );
};
