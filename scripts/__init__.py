"""The pipeline's own tools, grouped by concern; `make setup` makes them importable in .venv.

- ``scripts.generation``: openapi.yaml → generated/ (`make generate`, `make check`);
- ``scripts.gates``: pull-request gates and the release (breaking changes, the changelog,
  the contract run, publishing);
- ``scripts.sandbox``: the stateful local twin of the API;
- ``scripts.bench`` and ``scripts.demo``: measurements and a demonstration.
"""
