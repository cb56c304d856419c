// kirim-schema-examples: every item of a Schema Object's `examples` array (OpenAPI 3.1,
// JSON Schema 2020-12) validates against that schema.
//
// Why a custom function: spectral:oas validates `example` and `default` of schemas
// (oas3-valid-schema-example) and the `examples` map of media types, parameters and headers
// (oas3-valid-media-example), but not the `examples` array that 3.1 schemas use, and no
// built-in function validates a value against its *sibling* schema. This one hands each item
// to the built-in `schema` function, with the (resolved) schema it belongs to.

import { schema as validate } from '@stoplight/spectral-functions';

export default function schemaExamples(target, _options, context) {
  const { examples, ...schema } = target;
  const results = [];
  examples.forEach((example, index) => {
    const found = validate(example, { schema, dialect: 'draft2020-12', allErrors: true }, context) || [];
    for (const result of found) {
      const inner = result.path.slice(context.path.length);
      // At the top level the built-in names the schema's own property ("ContactId" property
      // must ...), which differs with each $ref that reaches it; drop it so that one bad
      // example gives one message.
      const message = inner.length ? result.message : result.message.replace(/^"[^"]*" property /, '');
      results.push({
        message: `examples[${index}] ${message}`,
        path: [...context.path, 'examples', index, ...inner],
      });
    }
  });
  return results;
}
