import { CardContent, Typography } from '@mui/material';
import {
  Button,
  useGetOne,
  useGetResourceLabel,
  useListContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';

/**
 * What a list shows when its filters match nothing (every DataTable's `empty`, from the theme):
 * with a tenant filter it names the tenant ("No alerts for Contoso"), so a list kept on the
 * tenant chosen in the app bar says why it is empty; a button clears the filters.
 */
export const FilteredEmpty = () => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const getResourceLabel = useGetResourceLabel();
  const { filterValues, setFilters } = useListContext();
  const tenantId = (filterValues as { tenantId?: string } | undefined)?.tenantId;
  const tenant = useGetOne<{ id: string; name: string }>(
    'Tenant',
    { id: tenantId ?? '' },
    { enabled: !!tenantId },
  );
  const name = resource ? getResourceLabel(resource, 0) : '';
  const filtered = filterValues && Object.keys(filterValues).length > 0;
  const others = filtered && Object.keys(filterValues).some((k) => k !== 'tenantId');
  const text = tenantId
    ? translate(
        others ? 'posture.layout.empty_for_tenant_filtered' : 'posture.layout.empty_for_tenant',
        { name, tenant: tenant.data?.name ?? '…' },
      )
    : translate(filtered ? 'ra.navigation.no_filtered_results' : 'ra.navigation.no_results', {
        name,
        resource,
      });
  return (
    <CardContent data-testid="list-no-results">
      <Typography variant="body2">
        {text}{' '}
        {filtered && (
          <Button onClick={() => setFilters({}, [])} label="ra.navigation.clear_filters" />
        )}
      </Typography>
    </CardContent>
  );
};
