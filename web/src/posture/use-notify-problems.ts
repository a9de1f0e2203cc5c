import { useNotify, useResourceContext, useTranslate } from 'react-admin';
import { formatProblems, plainErrorMessage, problemsOf } from '../data/problems';

/**
 * An `onError` for create and edit forms: the server's reasons for each invalid value
 * (BAD_USER_INPUT `problems`), each under its field label, instead of one long message.
 */
export function useNotifyProblems(resourceProp?: string) {
  const notify = useNotify();
  const translate = useTranslate();
  const resource = useResourceContext({ resource: resourceProp });

  return (error: unknown) => {
    const problems = problemsOf(error);
    if (problems.length === 0) {
      // The error's code and detail in the user's language, never the server's English.
      const message = plainErrorMessage(error, translate);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return;
    }
    const label = (path: string) => translate(`resources.${resource}.fields.${path}`, { _: path });
    const text = `${translate('posture.problems.title')}\n${formatProblems(problems, label)}`;
    notify(text, {
      type: 'error',
      multiLine: true,
      autoHideDuration: 15000,
      messageArgs: { _: text },
    });
  };
}
