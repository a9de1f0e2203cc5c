import {
  SelectArrayInput,
  SelectInput,
  type SelectArrayInputProps,
  type SelectInputProps,
} from 'react-admin';
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

/** The clientAppUsed values the server knows, modern first. Protocol names are Microsoft's. */
function useProtocolChoices() {
  const { data, isPending } = useGraphQLQuery(CLIENT_APPS, {});
  const choices = (data?.signInClientApps ?? []).map((app) => ({ id: app.name, name: app.name }));
  return { choices, isPending };
}

/** One protocol (links from other pages filter by one). */
export function ProtocolInput(props: Omit<SelectInputProps, 'choices'>) {
  const { choices, isPending } = useProtocolChoices();
  return <SelectInput {...props} choices={choices} isPending={isPending} translateChoice={false} />;
}

/** Several protocols at once (the list's `protocols` filter). */
export function ProtocolsInput(props: Omit<SelectArrayInputProps, 'choices'>) {
  const { choices, isPending } = useProtocolChoices();
  return (
    <SelectArrayInput {...props} choices={choices} isPending={isPending} translateChoice={false} />
  );
}
