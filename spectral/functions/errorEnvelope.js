// kirim-error-envelope: the body of every 4xx and 5xx response is the one shared error
// envelope, `$ref: '#/components/schemas/ErrorEnvelope'` (functionOptions.schema).
//
// Why a custom function: the rule is about *which* schema a response uses, that is the $ref
// itself. Spectral's built-in functions see either the resolved document, where the $ref is
// gone and a look-alike inline copy would pass (and become a second error model in the SDK),
// or the unresolved one, where a response is usually a $ref to components/responses that
// they cannot follow. This function follows local response $refs, then compares the
// schema's $ref.
//
// The rule gives it each error response, unresolved (`resolved: false` in .spectral.yaml).

const JSON_MEDIA = /^application\/(.+\+)?json$/;

// "#/components/responses/NotFound" → ["components", "responses", "NotFound"]
function pointerPath(ref) {
  return ref
    .slice(2)
    .split('/')
    .map(part => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lookUp(data, path) {
  return path.reduce((node, key) => (node == null ? undefined : node[key]), data);
}

// Follows local $refs from `path`; returns the path of the node that is not a $ref, or a
// problem when a reference cannot be followed.
function follow(data, path) {
  const seen = new Set();
  let node = lookUp(data, path);
  while (node && typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (!ref.startsWith('#/')) return { problem: `cannot follow the non-local $ref "${ref}"`, path };
    if (seen.has(ref)) return { problem: `the $ref "${ref}" is circular`, path };
    seen.add(ref);
    path = pointerPath(ref);
    node = lookUp(data, path);
    if (node === undefined) return { problem: `the $ref "${ref}" points at nothing`, path };
  }
  return { node, path };
}

export default function errorEnvelope(_response, options, context) {
  const envelope = options.schema;
  const data = context.document.data;
  const status = context.path[context.path.length - 1];
  const found = follow(data, context.path);
  if (found.problem) return [{ message: `${status} response: ${found.problem}`, path: found.path }];

  // Name the shared component in messages, so the reader knows where to look.
  const via = found.path.join('.') === context.path.join('.') ? '' : ` (${found.path.join('.')})`;
  const content = found.node.content || {};
  const media = Object.keys(content).filter(type => JSON_MEDIA.test(type));
  if (media.length === 0) {
    return [
      {
        message: `${status} response${via} has no JSON body; an error response must carry "$ref: ${envelope}"`,
        path: found.path,
      },
    ];
  }
  const results = [];
  for (const type of media) {
    const schemaPath = [...found.path, 'content', type, 'schema'];
    const schema = lookUp(data, schemaPath);
    if (!schema || schema.$ref !== envelope) {
      const actual = schema && schema.$ref ? `"$ref: ${schema.$ref}"` : 'an inline schema';
      results.push({
        message: `${status} response${via}: ${type} schema must be "$ref: ${envelope}", not ${actual}`,
        path: schema ? schemaPath : [...found.path, 'content', type],
      });
    }
  }
  return results;
}
