// JSON Schema helpers for our Optic rules: which types a schema allows, and the pairs of
// sub-schemas to compare between two versions of one schema. Not a ruleset itself.

const isObject = value => typeof value === 'object' && value !== null && !Array.isArray(value);

const branches = schema => [...(schema.oneOf || []), ...(schema.anyOf || [])];

const isNullSchema = schema =>
  isObject(schema) && (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null'));

// The types a value of `schema` may have (`null` included), or undefined when it does not
// say (no `type`, say, or a `$ref` left unresolved): then nothing is compared.
function types(schema) {
  if (!isObject(schema)) return undefined;
  const found = new Set();
  if (schema.oneOf || schema.anyOf) {
    for (const branch of branches(schema)) {
      const inner = types(branch);
      if (!inner) return undefined;
      inner.forEach(type => found.add(type));
    }
  } else if (Array.isArray(schema.type)) {
    schema.type.forEach(type => found.add(type));
  } else if (typeof schema.type === 'string') {
    found.add(schema.type);
  } else if ('const' in schema || Array.isArray(schema.enum)) {
    const values = 'const' in schema ? [schema.const] : schema.enum;
    values.forEach(value => found.add(value === null ? 'null' : typeof value));
  } else {
    return undefined;
  }
  if (schema.nullable === true) found.add('null'); // OpenAPI 3.0's spelling
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) found.add('null');
  return found;
}

// Types in `wider` that `narrower` does not allow (an integer is a number).
function typesMissing(narrower, wider) {
  return [...wider].filter(
    type => !narrower.has(type) && !(type === 'integer' && narrower.has('number')),
  );
}

// Whether Optic's own "type changes" rules judge this pair: they compare `type` and skip
// every schema with oneOf/anyOf. Ours judge the rest, so that no change is reported twice.
const opticComparesTypes = (before, after) =>
  !(before.oneOf || before.anyOf || after.oneOf || after.anyOf);

// The schema without a nullable wrapper: `oneOf: [X, {type: null}]` (or anyOf, or a single
// allOf) compares as X, so that the constraints inside X are still compared.
function core(schema) {
  if (!isObject(schema)) return schema;
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && !schema.properties) {
    return core(schema.allOf[0]);
  }
  const real = branches(schema).filter(branch => !isNullSchema(branch));
  if (real.length === 1 && branches(schema).length > 1) return core(real[0]);
  return schema;
}

// Pairs of sub-schemas that exist in both versions: { before, after, label, pointer }.
// `label` names the place for people: `tags[]` is an item, `attributes{}` a map's value.
function* children(before, after, label, pointer) {
  const join = key => (label ? `${label}.${key}` : key);
  const oldProperties = before.properties || {};
  for (const [key, schema] of Object.entries(after.properties || {})) {
    if (isObject(oldProperties[key]) && isObject(schema)) {
      yield {
        before: oldProperties[key],
        after: schema,
        label: join(key),
        pointer: [...pointer, 'properties', key],
      };
    }
  }
  if (isObject(before.items) && isObject(after.items)) {
    yield { before: before.items, after: after.items, label: `${label}[]`, pointer: [...pointer, 'items'] };
  }
  if (isObject(before.additionalProperties) && isObject(after.additionalProperties)) {
    yield {
      before: before.additionalProperties,
      after: after.additionalProperties,
      label: `${label}{}`,
      pointer: [...pointer, 'additionalProperties'],
    };
  }
}

// Every pair of corresponding schemas below (and including) the given pair.
function* walk(before, after, label, pointer, ancestors = new Set()) {
  // A resolved $ref cycle (a tree of comments, say) is followed once round.
  if (!isObject(before) || !isObject(after) || ancestors.has(after)) return;
  yield { before, after, label, pointer };
  const [oldCore, newCore] = [core(before), core(after)];
  const corePointer = newCore === after ? pointer : pointerOf(after, newCore, pointer);
  const below = new Set([...ancestors, after]);
  for (const child of children(oldCore, newCore, label, corePointer)) {
    yield* walk(child.before, child.after, child.label, child.pointer, below);
  }
}

// The pointer of `inner` (a branch that core() picked) below `outer` at `pointer`.
function pointerOf(outer, inner, pointer) {
  for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
    const index = (outer[keyword] || []).indexOf(inner);
    if (index >= 0) return [...pointer, keyword, String(index)];
    for (const [i, branch] of (outer[keyword] || []).entries()) {
      if (core(branch) === inner) return pointerOf(branch, inner, [...pointer, keyword, String(i)]);
    }
  }
  return pointer;
}

module.exports = { core, isObject, opticComparesTypes, types, typesMissing, walk };
