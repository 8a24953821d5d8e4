import { getOperationAST } from 'graphql';
import { Send } from '../../client/transport';

/** A scripted transport for the client kit's retry tests: each call takes the next answer (a value, or an error to throw) and is recorded. */
export function fakeTransport(...answers: unknown[]) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const send = (async (document, variables) => {
    calls.push({ operation: getOperationAST(document as never)?.name?.value ?? '', variables: variables as Record<string, unknown> });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('unexpected extra request');
    if (answer instanceof Error) throw answer;
    return answer;
  }) as Send;
  return { send, calls };
}

/** No back-off wait, and a fixed jitter. */
export const noWait = { wait: async () => undefined, random: () => 0.5 };
