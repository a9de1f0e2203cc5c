import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A date and time in the dashboard's language rather than the browser's. */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale} {...props} />;
};
