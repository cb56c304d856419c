// An Optic ruleset (loaded by optic.yml beside it): every way of authenticating that an
// operation accepted must still be accepted, since the SDK generated from the old spec keeps
// sending the old credentials.
//
// Why: Optic's standard rules do not look at security at all, so a bearer token replaced by
// an `X-Api-Key` header, or a public operation that starts requiring a token, passed.
//
// Schemes are compared by what they ask the client to send, not by name: renaming a scheme
// changes nothing for clients, while redefining one under the same name changes everything.

const { breaking, externalRuleset } = require('./spec-pairs');

// What a client sends for one security scheme, e.g. "HTTP bearer token".
function credential(spec, name, scopes) {
  const scheme = ((spec.components || {}).securitySchemes || {})[name];
  if (!scheme) return `undefined scheme ${name}`;
  const scoped = scopes && scopes.length ? ` with scopes ${[...scopes].sort().join(', ')}` : '';
  switch (scheme.type) {
    case 'http':
      return `HTTP ${String(scheme.scheme).toLowerCase()}${scheme.scheme === 'bearer' ? ' token' : ''}`;
    case 'apiKey':
      return `API key in ${scheme.in} ${scheme.name}`;
    case 'mutualTLS':
      return 'TLS client certificate';
    case 'oauth2':
      return `OAuth 2 token${scoped}`;
    case 'openIdConnect':
      return `OpenID Connect token from ${scheme.openIdConnectUrl}${scoped}`;
    default:
      return `${scheme.type} scheme ${name}`;
  }
}

// The operation's alternatives (any one suffices), each a list of credentials sent together.
// No requirement at all means anyone may call: one alternative that needs nothing.
function alternatives(spec, operation) {
  const requirements = operation.security || spec.security || [];
  if (!requirements.length) return [{ names: [], credentials: [] }];
  return requirements.map(requirement => ({
    names: Object.keys(requirement),
    credentials: Object.entries(requirement).map(([name, scopes]) => credential(spec, name, scopes)),
  }));
}

const describe = alternative =>
  alternative.names.length
    ? alternative.names.map((name, i) => `${name} (${alternative.credentials[i]})`).join(' + ')
    : 'no credentials';

module.exports = externalRuleset((operation, fromSpec, toSpec) => {
  const [old, now] = [alternatives(fromSpec, operation.before), alternatives(toSpec, operation.after)];
  // An old alternative still works when some new one needs no credential it does not send.
  // (Header names are compared as HTTP does, ignoring case.)
  const sends = alternative => new Set(alternative.credentials.map(c => c.toLowerCase()));
  const lost = old.filter(
    alternative =>
      !now.some(candidate => [...sends(candidate)].every(c => sends(alternative).has(c))),
  );
  if (!lost.length) return [];
  const pointer = operation.after.security ? [...operation.pointer, 'security'] : operation.pointer;
  return [
    breaking(
      'authentication must not change',
      operation,
      pointer,
      `authentication changed: the operation took ${lost.map(describe).join(' or ')}, and ` +
        `now takes ${now.map(describe).join(' or ')}. The SDK generated from the old spec sends ` +
        'credentials this operation no longer accepts.',
    ),
  ];
});
