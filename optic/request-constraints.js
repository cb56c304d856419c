// An Optic ruleset (loaded by optic.yml beside it): a request that the old spec accepted must
// still be accepted, so request properties and parameters may not get tighter constraints.
//
// Why: Optic's standard `breaking-changes` ruleset catches removed operations and response
// properties, new required fields and type changes, but not a tighter `pattern`, length or
// range. Those break SDK users as surely (the server starts rejecting ids the old SDK sends).
//
// A changed pattern counts as tighter: no tool can tell in general whether one regular
// expression accepts everything another does, so the gate errs on the safe side.

const { OperationRule, RequestRule, Ruleset, RuleError } = require('@useoptic/rulesets-base');

const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'];

// Each constraint and how it gets tighter, from `before` to `after` (either may be undefined).
const CONSTRAINTS = {
  pattern: (before, after) => after !== undefined && after !== before,
  maxLength: (before, after) => after !== undefined && (before === undefined || after < before),
  maxItems: (before, after) => after !== undefined && (before === undefined || after < before),
  maximum: (before, after) => after !== undefined && (before === undefined || after < before),
  exclusiveMaximum: (before, after) =>
    after !== undefined && (before === undefined || after < before),
  minLength: (before, after) => after !== undefined && (before === undefined || after > before),
  minItems: (before, after) => after !== undefined && (before === undefined || after > before),
  minimum: (before, after) => after !== undefined && (before === undefined || after > before),
  exclusiveMinimum: (before, after) =>
    after !== undefined && (before === undefined || after > before),
};

function show(value) {
  return value === undefined ? 'none' : JSON.stringify(value);
}

// "pattern "^a$" → "^b$"; maxLength none → 10" for every constraint that got tighter.
function tightenings(before, after) {
  const found = [];
  for (const [name, tighter] of Object.entries(CONSTRAINTS)) {
    const was = before ? before[name] : undefined;
    const now = after ? after[name] : undefined;
    if (tighter(was, now)) found.push(`${name} ${show(was)} → ${show(now)}`);
  }
  return found;
}

const requestProperties = new RequestRule({
  name: 'prevent tightening request property constraints',
  rule: requestAssertions => {
    requestAssertions.property.changed((before, after) => {
      const found = tightenings(before.value.flatSchema, after.value.flatSchema);
      if (found.length) {
        throw new RuleError({
          message: `request property '${after.value.key}' accepts less: ${found.join('; ')}. This is a breaking change.`,
        });
      }
    });
  },
});

const parameterRules = PARAMETER_LOCATIONS.map(
  location =>
    new OperationRule({
      name: `prevent tightening ${location} parameter constraints`,
      rule: operationAssertions => {
        operationAssertions[`${location}Parameter`].changed((before, after) => {
          const found = tightenings(before.value.schema, after.value.schema);
          if (found.length) {
            throw new RuleError({
              message: `${location} parameter '${after.value.name}' accepts less: ${found.join('; ')}. This is a breaking change.`,
            });
          }
        });
      },
    }),
);

module.exports = {
  configSchema: { type: 'object' },
  rulesetConstructor: () =>
    new Ruleset({
      name: 'request-constraints',
      rules: [requestProperties, ...parameterRules],
    }),
};
