import { DocumentNode, GraphQLSchema, TypeInfo, ValueNode, visit, visitWithTypeInfo } from 'graphql';

/**
 * The variables a document's cost depends on: those in the arguments of a field that declares its own
 * cost (type-graphql's `complexity`, e.g. `history(first: $first)`) and those of a directive (`@skip`
 * and `@include` take a selection out of the count). Every other variable (a wallet id, an amount)
 * leaves the cost as it is, so a cost computed once serves every request that differs only in those.
 */
export function costVariables(schema: GraphQLSchema, document: DocumentNode): readonly string[] {
  const typeInfo = new TypeInfo(schema);
  const names = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(argument) {
        if (typeInfo.getDirective() || typeInfo.getFieldDef()?.extensions?.complexity !== undefined) {
          collectVariables(argument.value, names);
        }
      },
    }),
  );
  return [...names].sort();
}

function collectVariables(value: ValueNode, into: Set<string>): void {
  if (value.kind === 'Variable') into.add(value.name.value);
  else if (value.kind === 'ListValue') for (const item of value.values) collectVariables(item, into);
  else if (value.kind === 'ObjectValue') for (const field of value.fields) collectVariables(field.value, into);
}
