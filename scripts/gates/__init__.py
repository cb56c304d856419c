"""Pull-request gates and the release: each module runs with `python -m scripts.gates.<name>`.

- ``breaking``: refuses breaking spec or SDK changes without a major version (`make breaking`);
- ``version``: the version, the changelog entry and the release tag agree (`make lint`);
- ``contract``: schemathesis against a sandbox (`make contract`);
- ``publish``: the release's preflight and upload (`make publish`).
"""
