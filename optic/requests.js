// An Optic ruleset (loaded by optic.yml beside it): a request that the old spec accepted must
// still be accepted, because the SDK generated from the old spec still sends it.
//
// Why: Optic's standard `breaking-changes` rules catch new required fields and parameters,
// type changes outside unions and narrowed enums, but not a tighter `pattern`, length, range,
// `uniqueItems` or `maxProperties`, nothing inside an `additionalProperties` map, a `null`
// taken out of a `oneOf`, a removed parameter or a request body that became required. Each
// breaks SDK users as surely: the server starts refusing what the old SDK sends, or the
// regenerated SDK drops an argument that users' code passes.
//
// A changed pattern counts as tighter: no tool can tell in general whether one regular
// expression accepts everything another does, so the gate errs on the safe side.

const { breaking, externalRuleset, parameterPointer, parameters } = require('./spec-pairs');
const { core, isObject, opticComparesTypes, types, typesMissing, walk } = require('./schemas');

const tighterIfAddedOrLower = (before, after) =>
  after !== undefined && (before === undefined || after < before);
const tighterIfAddedOrHigher = (before, after) =>
  after !== undefined && (before === undefined || after > before);

// Each constraint and how it gets tighter, from `before` to `after` (either may be undefined).
const CONSTRAINTS = {
  pattern: (before, after) => after !== undefined && after !== before,
  format: (before, after) => after !== undefined && after !== before,
  maxLength: tighterIfAddedOrLower,
  maxItems: tighterIfAddedOrLower,
  maxProperties: tighterIfAddedOrLower,
  maximum: tighterIfAddedOrLower,
  exclusiveMaximum: tighterIfAddedOrLower,
  minLength: tighterIfAddedOrHigher,
  minItems: tighterIfAddedOrHigher,
  minProperties: tighterIfAddedOrHigher,
  minimum: tighterIfAddedOrHigher,
  exclusiveMinimum: tighterIfAddedOrHigher,
  // A new multipleOf accepts less unless every old multiple is still one.
  multipleOf: (before, after) => after !== undefined && (before === undefined || before % after !== 0),
  uniqueItems: (before, after) => after === true && before !== true,
  // Extra keys that the old spec allowed (any, by default) are refused or constrained. A
  // schema that replaces another is compared as a map's values, below.
  additionalProperties: (before, after) =>
    (before === undefined || before === true) && (after === false || isObject(after)),
};

const show = value => (value === undefined ? 'none' : JSON.stringify(value));

// "pattern "^a$" → "^b$"; maxLength none → 10" for every constraint of one schema that got
// tighter, and "no longer null" for types it no longer allows (when Optic does not say so).
function tightenings(before, after) {
  const found = [];
  const [was, now] = [core(before), core(after)];
  for (const [name, tighter] of Object.entries(CONSTRAINTS)) {
    if (tighter(was[name], now[name])) found.push(`${name} ${show(was[name])} → ${show(now[name])}`);
  }
  const [oldTypes, newTypes] = [types(before), types(after)];
  if (oldTypes && newTypes && !opticComparesTypes(before, after)) {
    const lost = typesMissing(newTypes, oldTypes);
    if (lost.length) found.push(`no longer ${lost.join(' or ')}`);
  }
  return found;
}

// Findings for a request schema and every schema below it; `subject` names the root.
function* schemaFindings(operation, before, after, subject, pointer) {
  for (const pair of walk(before, after, '', pointer)) {
    if (pair.after.readOnly === true) continue; // never sent, whatever it says
    const found = tightenings(pair.before, pair.after);
    if (found.length) {
      const what = subject(pair.label);
      yield breaking(
        'request accepts less',
        operation,
        pair.pointer,
        `${what} accepts less: ${found.join('; ')}.`,
      );
    }
  }
}

function* bodyFindings(operation) {
  const [oldBody, newBody] = [operation.before.requestBody, operation.after.requestBody];
  if (!isObject(newBody)) return; // a body taken away: Optic reports the removed properties
  const pointer = [...operation.pointer, 'requestBody'];
  if (newBody.required === true && !(isObject(oldBody) && oldBody.required === true)) {
    yield breaking(
      'request accepts less',
      operation,
      [...pointer, 'required'],
      'the request body is now required; calls that sent none are refused.',
    );
  }
  if (!isObject(oldBody)) return;
  for (const [mediaType, content] of Object.entries(oldBody.content || {})) {
    const newContent = (newBody.content || {})[mediaType];
    if (!isObject(newContent)) {
      yield breaking(
        'request accepts less',
        operation,
        [...pointer, 'content'],
        `a request body of type ${mediaType} is no longer accepted.`,
      );
    } else if (isObject(content.schema) && isObject(newContent.schema)) {
      const subject = label => (label ? `request property '${label}'` : 'the request body');
      yield* schemaFindings(operation, content.schema, newContent.schema, subject, [
        ...pointer,
        'content',
        mediaType,
        'schema',
      ]);
    }
  }
}

function* parameterFindings(operation) {
  const [oldParameters, newParameters] = [parameters(operation.before), parameters(operation.after)];
  for (const [key, { parameter }] of oldParameters) {
    if (!newParameters.has(key) && parameter.in !== 'path') {
      // A path parameter cannot go without the path changing: Optic reports the operation.
      yield breaking(
        'request parameter removed',
        operation,
        operation.pointer,
        `${parameter.in} parameter '${parameter.name}' was removed; SDK code that passes it breaks.`,
      );
    }
  }
  for (const [key, entry] of newParameters) {
    const old = oldParameters.get(key);
    if (!old || !isObject(old.parameter.schema) || !isObject(entry.parameter.schema)) continue;
    const { name } = entry.parameter;
    const inner = label => (!label || /^[[{]/.test(label) ? label : `.${label}`);
    const subject = label => `${entry.parameter.in} parameter '${name}${inner(label)}'`;
    yield* schemaFindings(operation, old.parameter.schema, entry.parameter.schema, subject, [
      ...parameterPointer(operation.pointer, entry),
      'schema',
    ]);
  }
}

module.exports = externalRuleset(operation => [
  ...bodyFindings(operation),
  ...parameterFindings(operation),
]);
