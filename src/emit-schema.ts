import { writeFileSync } from 'node:fs';
import { buildWalletSchema } from './graphql/schema';
import { SCHEMA_FILE, schemaText } from './graphql/schema-file';

/** `npm run schema`: writes schema.graphql from the code. A test fails when the two drift apart. */
buildWalletSchema().then((schema) => {
  writeFileSync(SCHEMA_FILE, schemaText(schema));
  console.log(`wrote ${SCHEMA_FILE}`);
});
