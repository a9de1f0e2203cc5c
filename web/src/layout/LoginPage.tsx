import { Box, CardContent, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { APP_TITLE } from './Layout';

/** The sign-in card says what the product is before asking who you are; any language. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box component="main" sx={{ maxWidth: 400 }}>
        <CardContent sx={{ maxWidth: 400, pb: 0 }}>
          <Typography variant="h5" component="h1" gutterBottom sx={{ fontWeight: 700 }}>
            {APP_TITLE}
          </Typography>
          <Typography variant="body2" data-testid="product-sentence" sx={{ mb: 1 }}>
            {translate('posture.layout.product')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('posture.layout.sign_in_hint')}
          </Typography>
        </CardContent>
        <LoginForm sx={{ '& .RaLoginForm-content': { width: 'auto' } }} />
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: 1, pb: 1 }}>
          <LocalesMenuButton />
        </Box>
      </Box>
    </Login>
  );
};
