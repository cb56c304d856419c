// An Optic ruleset (loaded by optic.yml beside it): Optic's standard `breaking-changes` rules
// (removed operations, responses and response properties, new required request fields and
// parameters, type changes, narrowed enums), with one change: a value added to an enum in a
// response is not breaking.
//
// Why: Optic refuses a new response enum value ("cannot add enum option"), which is right for
// clients that reject values they do not know. Ours does not: the SDK keeps an unknown enum
// value as it came, so the API may grow its enums. Removing a value from a request enum, or
// the enum from a response property (responses.js), is still breaking.

const { PropertyRule, Ruleset } = require('@useoptic/rulesets-base');
const { BreakingChangesRuleset } = require('@useoptic/standard-rulesets');

const ENUM_RULE = 'request and response property enums';

const inRequest = property => 'inRequest' in property.location.conceptualLocation;

function rulesetConstructor() {
  const standard = new BreakingChangesRuleset();
  const enumRule = standard.rules.find(rule => rule.name === ENUM_RULE);
  if (!enumRule) {
    // Fail loudly rather than run without the adjustment (or without the enum rule).
    throw new Error(`Optic's breaking-changes ruleset has no rule "${ENUM_RULE}" any more`);
  }
  const requestEnums = new PropertyRule({
    name: ENUM_RULE,
    matches: (property, context) =>
      inRequest(property) && (!enumRule.matches || enumRule.matches(property, context)),
    rule: enumRule.rule,
  });
  return new Ruleset({
    name: 'breaking-changes',
    rules: standard.rules.map(rule => (rule === enumRule ? requestEnums : rule)),
  });
}

module.exports = { configSchema: { type: 'object' }, rulesetConstructor };
