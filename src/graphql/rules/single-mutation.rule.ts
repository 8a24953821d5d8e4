import { ASTVisitor, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { limitExceeded } from './limit-exceeded';

/**
 * One request is one change: a mutation may select one root field. Without this, one 224 KB request
 * of 5,000 aliased createWallet opened 5,000 wallets. Fragments on the root are followed (each once).
 */
export function singleMutationRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const fields = rootFields(context, operation.selectionSet, new Set());
      if (fields > 1) {
        context.reportError(
          limitExceeded(`A mutation may select at most 1 root field (one change per request); found ${fields}.`, 'mutationFields', 1),
        );
      }
    },
  };
}

function rootFields(context: ValidationContext, selectionSet: SelectionSetNode, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(context, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFields(context, fragment.selectionSet, seen);
    }
  }
  return count;
}
