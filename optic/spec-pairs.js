// Helpers for our Optic rules (requests.js, responses.js, security.js); not a ruleset itself.
//
// Our rules are Optic "external rules": Optic hands them both specs whole (with every $ref
// resolved), so a rule can compare anything, including what Optic's own fact model leaves
// out (additionalProperties, unions with null, security schemes). Each failing comparison
// becomes a result at a JSON pointer of the new spec, which Optic prints under its operation
// with the spec's file and line.

const { jsonPointerHelpers } = require('@useoptic/json-pointer-helpers');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ERROR = 2; // Optic's Severity.Error

// `/contacts/{id}` and `/contacts/{contact_id}` are the same operation on the wire.
function normalisedPath(path) {
  return path.replace(/\{[^}]*\}/g, '{}');
}

// Every operation that both specs have: { method, path, before, after, pointer (in after) }.
function* pairedOperations(fromSpec, toSpec) {
  const oldPaths = new Map(
    Object.entries(fromSpec.paths || {}).map(([path, item]) => [normalisedPath(path), item]),
  );
  for (const [path, item] of Object.entries(toSpec.paths || {})) {
    const oldItem = oldPaths.get(normalisedPath(path));
    if (!oldItem) continue;
    for (const method of METHODS) {
      if (!oldItem[method] || !item[method]) continue;
      yield {
        method,
        path,
        before: { ...oldItem[method], sharedParameters: oldItem.parameters || [] },
        after: { ...item[method], sharedParameters: item.parameters || [] },
        pointer: ['paths', path, method],
      };
    }
  }
}

// The operation's parameters by "location name" (header names are case-insensitive), the
// operation's own overriding the path item's shared ones, as OpenAPI specifies.
function parameters(operation) {
  const found = new Map();
  const add = (parameter, index, owner) => {
    if (!parameter || typeof parameter !== 'object' || !parameter.name) return;
    const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
    found.set(`${parameter.in} ${name}`, { parameter, owner, index });
  };
  operation.sharedParameters.forEach((parameter, index) => add(parameter, index, 'shared'));
  (operation.parameters || []).forEach((parameter, index) => add(parameter, index, 'own'));
  return found;
}

function parameterPointer(operationPointer, entry) {
  return entry.owner === 'own'
    ? [...operationPointer, 'parameters', String(entry.index)]
    : [...operationPointer.slice(0, 2), 'parameters', String(entry.index)];
}

// One failing check, printed by Optic as "x [name] message This is a breaking change."
function breaking(name, operation, pointer, message) {
  return {
    name,
    where: `${operation.method.toUpperCase()} ${operation.path}`,
    error: `${message} This is a breaking change.`,
    passed: false,
    exempted: false,
    location: { jsonPath: jsonPointerHelpers.compile(pointer), spec: 'after' },
    type: 'changed',
    severity: ERROR,
  };
}

// An Optic ruleset module (what optic.yml's `./file.js` entries load) for one external rule.
function externalRuleset(check) {
  return {
    configSchema: { type: 'object' },
    rulesetConstructor: () => ({
      type: 'external-rule', // what Optic's rule runner recognises an external rule by
      runRulesV2: async ({ fromSpec, toSpec }) => {
        // An added or removed spec as a whole is Optic's business (operation rules).
        if (fromSpec['x-optic-ci-empty-spec'] || toSpec['x-optic-ci-empty-spec']) return [];
        const results = [];
        for (const operation of pairedOperations(fromSpec, toSpec)) {
          results.push(...check(operation, fromSpec, toSpec));
        }
        return results;
      },
      runRules: async () => {
        throw new Error('this Optic is too old for our rules: run `make setup`');
      },
    }),
  };
}

module.exports = { breaking, externalRuleset, parameterPointer, parameters };
