import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  useGetResourceLabel,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * What every list shows before it has a row: what will appear here and why there is nothing yet
 * (`posture.layout.empty.<Resource>`), and the Create button when the user may create one
 * (CreateButton asks canAccess). Given to every <List> by the theme (layout/theme.ts).
 */
export const ListEmpty = () => {
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const name = resource ? getResourceLabel(resource, 0) : '';
  return (
    <Box
      data-testid="list-empty"
      sx={{ textAlign: 'center', py: 6, px: 2, maxWidth: 640, mx: 'auto', color: 'text.secondary' }}
    >
      <InboxIcon sx={{ fontSize: 64, opacity: 0.6 }} aria-hidden />
      <Typography variant="h6" component="p" sx={{ color: 'text.primary', mb: 1 }}>
        {translate('ra.page.empty', { name })}
      </Typography>
      <Typography variant="body2">
        {translate(`posture.layout.empty.${resource}`, {
          _: translate('posture.layout.empty_title'),
        })}
      </Typography>
      {hasCreate && (
        <Box sx={{ mt: 2 }}>
          <CreateButton variant="contained" />
        </Box>
      )}
    </Box>
  );
};
