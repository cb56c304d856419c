# The contract of the module `make generate` renders from templates/kirimchat/_version.py.jinja,
# so that the runtime type-checks in place, before generation.
__version__: str
DEFAULT_BASE_URL: str
AUTH_HEADER: str
AUTH_PREFIX: str
