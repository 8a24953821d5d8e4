import { Field, InputType, ObjectType } from 'type-graphql';
import { METADATA_LIMITS } from '../../domain/metadata';

@InputType('MetadataInput', {
  description: `One key of a movement's metadata: key 1-${METADATA_LIMITS.keyLength} characters, value at most ${METADATA_LIMITS.valueLength}; at most ${METADATA_LIMITS.keys} keys, none twice; no control, line-separator or bidirectional-control characters (U+0000 to U+001F, U+007F to U+009F, U+2028, U+2029, U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and no invisible U+00AD, U+200B, U+2060, U+FEFF in either.`,
})
export class MetadataInput {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('MetadataEntry', { description: 'One key of the metadata a movement was given, stored on its ledger entries.' })
export class MetadataEntry {
  @Field() key!: string;
  @Field() value!: string;
}
