import { AutocompleteInput, useGetList, type AutocompleteInputProps } from 'react-admin';
import type { Check } from '../../data/records';
import { useCheckText } from '../../posture/check-text';

/** The whole catalogue fits on one page (a few dozen checks). */
const CATALOGUE = { page: 1, perPage: 500 };

/**
 * A check id picked from the catalogue (checks are referred to by their stable id), each shown
 * with its title in the chosen language.
 */
export const CheckIdInput = (
  props: Omit<AutocompleteInputProps, 'source'> & { source?: string },
) => {
  const text = useCheckText();
  const optionText = (check: Check) =>
    `${check.id} — ${text.title({ checkId: check.id, title: check.title })}`;
  const { data, isPending } = useGetList<Check>('Check', {
    pagination: CATALOGUE,
    sort: { field: 'id', order: 'ASC' },
  });
  return (
    <AutocompleteInput
      source="checkId"
      choices={data ?? []}
      optionText={optionText}
      isPending={isPending}
      sx={{ minWidth: 320 }}
      {...props}
    />
  );
};
