import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import { limitExceeded } from './limit-exceeded';
import { QueryLimits } from './limits';
import { queryCostPlugin } from './query-cost.plugin';
import { singleMutationRule } from './single-mutation.rule';

/**
 * Every check a GraphQL document passes before it runs: graphql-armor's aliases, depth and directives,
 * its field-suggestion masking (in production), one root field per mutation, the cost, and the tokens.
 * armor's own cost limit is off: it does not multiply a list by its `first`. armor's token limit is off
 * too: its Apollo plugin throws from parsingDidStart, which Apollo Server 5 answers with a 500; graphql-js's
 * own `maxTokens` parse option (the check armor's plugin ports) aborts parsing with a 400 syntax error.
 */
export function queryLimits(
  schema: GraphQLSchema,
  limits: QueryLimits,
): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, ...refuseAs('maxAliases', limits.maxAliases) },
    // Depth of fields: a fragment (a spread, an inline `... on`) is no level of its own, or typed clients' result fragments would count twice.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuseAs('maxDepth', limits.maxDepth) },
    maxDirectives: { n: limits.maxDirectives, ...refuseAs('maxDirectives', limits.maxDirectives) },
    maxTokens: { enabled: false },
    // Off: the error formatters drop the hints in production (refusal-format.ts, subscription-errors.ts); armor's
    // plugin would do it again over HTTP only, as one more listener on every request.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...armor.plugins, queryCostPlugin(schema, limits)],
    validationRules: [...armor.validationRules, singleMutationRule],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** armor's message names the limit and its value ("Aliases limit of 15 exceeded, found 16."); the code is ours. */
function refuseAs(limit: string, max: number): GraphQLArmorCallbackConfiguration {
  return {
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(limitExceeded(error.message.replace(/^Syntax Error: /, ''), limit, max))],
  };
}
