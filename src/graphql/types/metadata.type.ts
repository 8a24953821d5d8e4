import { Field, InputType, ObjectType } from 'type-graphql';
import { METADATA_LIMITS } from '../../domain/metadata';

@InputType('MetadataInput', {
  description: `One key of a movement's metadata: key 1-${METADATA_LIMITS.keyLength} characters, value at most ${METADATA_LIMITS.valueLength}; at most ${METADATA_LIMITS.keys} keys, none twice; no control character (U+0000 to U+001F, U+007F to U+009F), line or paragraph separator (U+2028, U+2029) and no invisible one: no format or other default-ignorable character (bidirectional controls, U+00AD, U+200B, U+2060, U+FEFF, variation selectors and the like; but U+200C and U+200D next to a non-ASCII letter, mark or emoji and no ASCII letter or digit, variation selectors after an emoji or ideograph, keycaps, the three flags written with tags, and the Arabic number signs), noncharacter or private-use character in either. Lengths count UTF-16 code units (an emoji counts two); a key in two Unicode spellings is one key.`,
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
