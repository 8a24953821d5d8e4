import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getVariableValues,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/**
 * The arguments a root field ran with, resolved as execution resolves them (variables coerced, defaults
 * applied), whatever the client named its variables or whether it wrote the values inline: the field
 * is found by the response key its error carries (an alias or its name). Computed only when an error is
 * logged, so a request that succeeds pays nothing for it.
 */
export function rootFieldArguments(
  schema: GraphQLSchema,
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  responseKey: string | number | undefined,
): { readonly field: string; readonly args: Record<string, unknown> } | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document?.definitions ?? []) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const node = findField(operation.selectionSet, responseKey, fragments, 0);
  const definition = node && schema.getRootType(operation.operation)?.getFields()[node.name.value];
  if (!node || !definition) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  try {
    return { field: node.name.value, args: getArgumentValues(definition, node, coerced.coerced ?? {}) };
  } catch {
    // Arguments that do not coerce were refused before execution: nothing resolved to report.
    return { field: node.name.value, args: {} };
  }
}

/** The root field answering under `responseKey` (the first one when none is given), through fragments. */
function findField(
  selections: SelectionSetNode,
  responseKey: string | number | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  depth: number,
): FieldNode | undefined {
  if (depth > 10) return undefined;
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (responseKey === undefined || (selection.alias ?? selection.name).value === responseKey) return selection;
      continue;
    }
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
    const found = inner && findField(inner, responseKey, fragments, depth + 1);
    if (found) return found;
  }
  return undefined;
}
