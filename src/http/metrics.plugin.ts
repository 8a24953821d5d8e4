import { performance } from 'node:perf_hooks';
import { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLResolveInfo, GraphQLSchema, getNamedType, isUnionType, Kind } from 'graphql';
import { ServiceMetrics } from '../application/service-metrics.port';
import { answeredCodeOf, errorLabel } from './error-policy';
import { failOperationSpan, nameOperationSpan } from './operation-span';

/**
 * The requests Apollo took into its pipeline (its plugins' requestDidStart ran): one it refused before (a GET without
 * the CSRF header, a batch, a body that is no operation: 400) counted nowhere (an operator's probe); graphql-handler.ts
 * counts such a request as refused (`not_graphql`) when its HTTP request is not here. (Not the context: Apollo copies it.)
 */
export const ENTERED_PIPELINE = new WeakSet<object>();

/** The answers' error codes that are the service's or its store's fault, not the client's. */
const SERVICE_FAULTS = new Set(['STORE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);

/**
 * Counts and times every GraphQL request by its root field and result type, and names its span.
 * Label values come from the schema only: a root field it declares (else `other`) and a member of
 * one of its unions (else `ok` for an answer, `error` for none), so no client can grow the label sets.
 */
export function metricsPlugin(schema: GraphQLSchema, metrics: ServiceMetrics): ApolloServerPlugin {
  const rootFields = new Set([
    ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
    ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
  ]);
  const answers = noteRootAnswers(schema);
  return {
    // A failure inside Apollo itself (answered 500 without reaching didEncounterErrors): a bug, counted as one.
    async unexpectedErrorProcessingRequest() {
      metrics.graphqlError('INTERNAL_SERVER_ERROR');
      failOperationSpan('INTERNAL_SERVER_ERROR');
    },
    async requestDidStart({ request }) {
      if (request.http) ENTERED_PIPELINE.add(request.http);
      const startedAt = performance.now();
      let operation = 'other';
      return {
        async didResolveOperation({ operation: document }) {
          if (!document) return;
          const first = document.selectionSet.selections[0];
          const field = first?.kind === Kind.FIELD ? first.name.value : undefined;
          operation = field && rootFields.has(field) ? field : 'other';
          nameOperationSpan(document.operation, operation);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const label = errorLabel(answeredCodeOf(error));
            metrics.graphqlError(label);
            if (SERVICE_FAULTS.has(label)) failOperationSpan(label);
          }
        },
        async willSendResponse({ response, contextValue }) {
          const failed = response.body.kind === 'single' && response.body.singleResult.errors !== undefined;
          const result = answers.get(contextValue);
          metrics.graphqlRequest(operation, result ?? (failed ? 'error' : 'ok'), (performance.now() - startedAt) / 1000);
        },
      };
    },
  };
}

/**
 * The result type of each request's first root field, by its context. Only the root fields of Query and
 * Mutation are wrapped (once, here): a plugin's `willResolveField` would make Apollo wrap every field of
 * the schema and call the plugin for each field of every answer.
 */
function noteRootAnswers(schema: GraphQLSchema): WeakMap<object, string> {
  const answers = new WeakMap<object, string>();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: object, info) => {
        const note = (answer: string) => answers.has(context) || answers.set(context, answer);
        try {
          const value = resolve(source, args, context, info);
          if (isPromise(value))
            value.then(
              (resolved) => note(resultType(info, resolved)),
              () => note('error'),
            );
          else note(resultType(info, value));
          return value;
        } catch (error) {
          note('error');
          throw error;
        }
      };
    }
  }
  return answers;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';
}

/** The union member a root field answered with, as the union's own resolveType tells it (as for the client); else `ok`. */
function resultType(info: GraphQLResolveInfo, value: unknown): string {
  const type = getNamedType(info.returnType);
  if (!isUnionType(type) || typeof value !== 'object' || value === null) return 'ok';
  try {
    const name = type.resolveType?.(value, undefined, info, type);
    return typeof name === 'string' && type.getTypes().some((member) => member.name === name) ? name : 'ok';
  } catch {
    return 'ok';
  }
}
