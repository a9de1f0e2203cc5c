import { SelectInput, type SelectInputProps } from 'react-admin';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';

const CLIENT_APPS = graphql(`
  query SignInClientApps {
    signInClientApps {
      name
      legacy
    }
  }
`);

/** The protocol filter: the clientAppUsed values the server knows, modern first. */
export function ProtocolInput(props: Omit<SelectInputProps, 'choices'>) {
  const { data, isPending } = useGraphQLQuery(CLIENT_APPS, {});
  // Protocol names are Microsoft's, the same in every language.
  const choices = (data?.signInClientApps ?? []).map((app) => ({ id: app.name, name: app.name }));
  return <SelectInput {...props} choices={choices} isPending={isPending} translateChoice={false} />;
}
