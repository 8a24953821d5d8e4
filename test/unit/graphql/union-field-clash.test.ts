import { buildSchema, GraphQLSchema, isObjectType, isUnionType } from 'graphql';
import { readFileSync } from 'node:fs';
import { SCHEMA_FILE } from '../../../src/graphql/schema-file';

/**
 * A client selects every member of a result union in one selection set; GraphQL refuses two fields of one
 * response name with different types there ("Fields "amount" conflict because they return conflicting types"),
 * so such a pair forces every client to alias. Same name with the same type is fine (it merges).
 */
function unionFieldClashes(schema: GraphQLSchema): string[] {
  const clashes: string[] = [];
  for (const union of Object.values(schema.getTypeMap()).filter(isUnionType)) {
    const seen = new Map<string, { member: string; type: string }>();
    for (const member of union.getTypes().filter(isObjectType)) {
      for (const field of Object.values(member.getFields())) {
        const type = String(field.type);
        const first = seen.get(field.name);
        if (!first) seen.set(field.name, { member: member.name, type });
        else if (first.type !== type)
          clashes.push(`${union.name}: ${first.member}.${field.name} is ${first.type}, ${member.name}.${field.name} is ${type}`);
      }
    }
  }
  return clashes;
}

describe('result unions', () => {
  it('have no two members with one field name of different types', () => {
    expect(unionFieldClashes(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')))).toEqual([]);
  });

  it('the check finds such a clash (the former InvalidAmount.amount: String beside BalanceIncreased.amount: Decimal)', () => {
    const clashing = buildSchema(`scalar Decimal
      type BalanceIncreased { amount: Decimal! } type InvalidAmount { amount: String! } type Same { amount: Decimal! }
      union Result = BalanceIncreased | Same | InvalidAmount
      type Query { r: Result }`);
    expect(unionFieldClashes(clashing)).toEqual(['Result: BalanceIncreased.amount is Decimal!, InvalidAmount.amount is String!']);
  });
});
