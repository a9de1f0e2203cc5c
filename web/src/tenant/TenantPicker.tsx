import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { graphql } from '../gql';
import { useGraphQLQuery } from '../data/use-graphql-query';
import { ALL_TENANTS, useChosenTenant } from './chosen-tenant';

/** The most tenants the picker lists (the all-tenants view shows every one the server returns). */
const PICKER_TENANTS = 200;

export const PickerTenantsQuery = graphql(`
  query PickerTenants($perPage: Int) {
    allTenants(perPage: $perPage, page: 0, sortField: "name", sortOrder: "ASC") {
      id
      name
    }
  }
`);

/**
 * The tenant the app shows, in the app bar: one of the tenants the user may read, or every
 * tenant (one row each) when there is more than one. The choice is remembered in localStorage.
 */
export const TenantPicker = () => {
  const translate = useTranslate();
  const [choice, setChoice] = useChosenTenant();
  const tenants = useGraphQLQuery(PickerTenantsQuery, { perPage: PICKER_TENANTS });
  const list = tenants.data?.allTenants ?? [];
  if (list.length === 0) return null;
  const known = choice === ALL_TENANTS || list.some((t) => t.id === choice);
  const value = known && choice ? choice : list[0]!.id;
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      value={value}
      onChange={(e) => setChoice(e.target.value)}
      // No floating label: in the app bar's height it would be cut off at the top. The select is
      // named for screen readers instead, and says what it is on hover.
      title={translate('posture.home.tenant_picker')}
      slotProps={{
        htmlInput: { 'data-testid': 'tenant-picker-input' },
        select: {
          SelectDisplayProps: { 'aria-label': translate('posture.home.tenant_picker') },
        },
      }}
      data-testid="tenant-picker"
      sx={{
        minWidth: 160,
        maxWidth: 260,
        mx: 1,
        '& .MuiInputBase-root': { color: 'text.primary', bgcolor: 'background.paper' },
      }}
    >
      {list.length > 1 && (
        <MenuItem value={ALL_TENANTS} data-testid="tenant-option-all">
          {translate('posture.home.all_tenants')}
        </MenuItem>
      )}
      {list.map((t) => (
        <MenuItem key={t.id} value={t.id} data-testid={`tenant-option-${t.id}`}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
