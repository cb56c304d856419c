// An Optic ruleset (loaded by optic.yml beside it): a response must not hold a value of a
// type that the SDK generated from the old spec does not expect.
//
// Why: Optic's standard rules catch `type: string` becoming `type: [string, "null"]`, but skip
// every schema with oneOf/anyOf, so the same change written as `oneOf: [{type: string},
// {type: "null"}]` passed, and so did a `oneOf` that adds an integer. Old SDK code that reads
// such a property gets a None (or a number) where its types promised a string.
//
// Also: a response property that loses its enum (or const) becomes a plain string in the
// regenerated SDK, so code using the enum's members breaks. New enum values are not
// breaking: the SDK keeps a value it does not know (see breaking-changes.js).

const { breaking, externalRuleset } = require('./spec-pairs');
const { core, isObject, opticComparesTypes, types, typesMissing, walk } = require('./schemas');

const hasValues = schema => Array.isArray(schema.enum) || 'const' in schema;

function* schemaFindings(operation, before, after, where, pointer) {
  for (const pair of walk(before, after, '', pointer)) {
    if (pair.after.writeOnly === true) continue; // never received
    const what = pair.label ? `response property '${pair.label}'` : `the response body ${where}`;
    const [oldTypes, newTypes] = [types(pair.before), types(pair.after)];
    if (oldTypes && newTypes && !opticComparesTypes(pair.before, pair.after)) {
      const gained = typesMissing(oldTypes, newTypes);
      if (gained.length) {
        const kinds = gained.map(type => (type === 'null' ? 'null' : `a value of type ${type}`));
        yield breaking(
          'response holds more',
          operation,
          pair.pointer,
          `${what} can now be ${kinds.join(' or ')}; SDK code that reads it does not expect that.`,
        );
      }
    }
    const [was, now] = [core(pair.before), core(pair.after)];
    if (hasValues(was) && !hasValues(now) && pair.label) {
      yield breaking(
        'response holds more',
        operation,
        pair.pointer,
        `cannot remove enum or const from response property ${pair.label}.`,
      );
    }
  }
}

module.exports = externalRuleset(function* (operation) {
  for (const [status, response] of Object.entries(operation.after.responses || {})) {
    const old = (operation.before.responses || {})[status];
    if (!isObject(old) || !isObject(response)) continue;
    for (const [mediaType, content] of Object.entries(response.content || {})) {
      const oldContent = (old.content || {})[mediaType];
      if (!isObject(oldContent) || !isObject(oldContent.schema) || !isObject(content.schema)) continue;
      yield* schemaFindings(
        operation,
        oldContent.schema,
        content.schema,
        `(${status} ${mediaType})`,
        [...operation.pointer, 'responses', status, 'content', mediaType, 'schema'],
      );
    }
  }
});
