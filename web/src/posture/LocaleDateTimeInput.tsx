import { DateTimeInput, useTranslate, type DateTimeInputProps } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { NONE, useFormat } from '../i18n/format';

/**
 * A date-time picker that says back the chosen moment in the dashboard's language: the browser
 * draws its own picker in the browser's locale, so the text under it ("2026/12/03 9:30") is what
 * the user reads as every other date on the page. Any hint of the input follows the echo.
 */
export const LocaleDateTimeInput = (props: DateTimeInputProps) => {
  const value: unknown = useWatch({ name: props.source });
  const format = useFormat();
  const translate = useTranslate();
  const echo = typeof value === 'string' || value instanceof Date ? format.dateTime(value) : NONE;
  const hint =
    typeof props.helperText === 'string'
      ? translate(props.helperText, { _: props.helperText })
      : '';
  const helperText = echo === NONE ? props.helperText : hint ? `${echo} · ${hint}` : echo;
  return <DateTimeInput {...props} helperText={helperText} />;
};
