import { GraphQLError } from 'graphql';
import { historyFilterOf } from '../../../src/graphql/resolvers/filtered-history-page';
import { HistoryFilterInput } from '../../../src/graphql/types/history-filter.input';

/** A refused filter names the field of the filter that is wrong, in its message and its `argument`. */
describe('historyFilterOf', () => {
  const refusal = (input: Partial<HistoryFilterInput>) => {
    try {
      historyFilterOf(input as HistoryFilterInput);
    } catch (error) {
      return { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions };
    }
    throw new Error('expected a refusal');
  };

  it('names filter.transferId when the transfer id is too long or not well-formed Unicode', () => {
    expect(refusal({ transferId: 'x'.repeat(129) })).toEqual({
      message: 'filter.transferId must have 1 to 128 characters',
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'filter.transferId' }),
    });
    expect(refusal({ transferId: 't-\ud800' }).message).toMatch(/^filter\.transferId /);
  });

  it('names filter.types and filter.from as before', () => {
    expect(refusal({ types: [] }).message).toMatch(/^filter\.types\b/);
    expect(refusal({ from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' }).message).toMatch(/^filter\.from /);
  });
});
