# kirimchat: openapi.yaml → a generated, tested Python SDK. `make` lists the targets.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --no-print-directory

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMPS := .make
# `make check OUT=dir` diffs another tree (the tests use it on copies).
SPEC := openapi.yaml
OUT := generated
# Where `make build` puts the sdist and wheel (`make publish` uploads them from there).
DIST := dist
UV_VERSION := 0.13.8
SPECTRAL := node_modules/.bin/spectral
REDOCLY := node_modules/.bin/redocly
# Where `make docs` writes the API reference page (not committed: it is built from the spec).
DOCS := docs
# uv must use this machine's Python, never download one.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

# What the generated tree is made from, and the tree itself (a hand edit triggers a rebuild).
GENERATE_INPUTS := openapi.yaml pyproject.toml $(wildcard scripts/generation/*.py) \
	$(shell find templates runtime -type f -not -path '*cache*')
GENERATED_FILES := $(shell find generated -type d -name '*cache*' -prune -o -type f -print 2>/dev/null)

.PHONY: help
help: ## List the targets (this is the default)
	@echo "kirimchat: the spec-first Python SDK for the Kirim Chat API"
	@echo
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20

.PHONY: setup
setup: $(STAMPS)/setup ## Create .venv and node_modules from the lock files, apt-get chromium if missing (instant when up to date)

$(STAMPS)/setup: $(STAMPS)/python $(STAMPS)/node $(STAMPS)/browser
	@touch $@

$(STAMPS)/browser:
	@scripts/setup browser
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/python: pyproject.toml uv.lock
	@scripts/setup python "$(VENV)" "$(UV_VERSION)"
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json
	@scripts/setup node
	@mkdir -p $(STAMPS) && touch $@

.PHONY: generate
generate: $(STAMPS)/generate ## Regenerate generated/ from openapi.yaml and templates/ (no-op when unchanged)

$(STAMPS)/generate: $(STAMPS)/setup $(GENERATE_INPUTS) $(GENERATED_FILES)
	$(PY) -m scripts.generation
	@touch $@

.PHONY: check
check: $(STAMPS)/setup ## Fail with a diff when generated/ is not what the spec and templates give
	$(PY) -m scripts.generation --check --spec $(SPEC) --out $(OUT)

.PHONY: lint
lint: $(STAMPS)/setup ## Lint the spec (validity, examples, Spectral, changelog); ruff and mypy --strict on the code
	$(PY) -m scripts.generation.spec $(SPEC)
	@$(MAKE) spectral
	$(PY) -m scripts.gates.version --spec $(SPEC) changelog
	$(BIN)/ruff check scripts runtime tests
	$(BIN)/ruff format --check scripts runtime tests
	cd generated && ../$(BIN)/ruff check --no-cache . && ../$(BIN)/ruff format --no-cache --check .
	# The runtime in place: _version.pyi stands for the module generation renders.
	MYPYPATH=runtime $(BIN)/mypy --strict --python-version 3.10 --explicit-package-bases runtime/kirimchat
	$(BIN)/mypy --strict --python-version 3.10 generated/kirimchat
	$(BIN)/mypy --strict scripts/generation

.PHONY: spectral
spectral: $(STAMPS)/setup ## Spectral with our ruleset (.spectral.yaml) on SPEC; warnings fail too
	$(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity warn $(SPEC)

.PHONY: breaking
# make exits 2 whether the script found breaking changes (its status 1) or could not run (2);
# the script also writes which to $GITHUB_OUTPUT as `result` for a workflow.
breaking: $(STAMPS)/setup ## Fail on breaking spec or SDK API changes since BASE (origin/main, else HEAD~1) without a major bump
	$(PY) -m scripts.gates.breaking $(if $(BASE),--base '$(BASE)')

.PHONY: docs
docs: $(DOCS)/index.html ## Render openapi.yaml to the API reference page docs/index.html (Redocly build-docs)

# One self-contained file (scripts inlined: it opens from disk, offline; the template's
# Content-Security-Policy blocks the one fetch Redoc would make, its footer logo); telemetry
# off, the CLI's and the page's. Redocly CLI 2.77 prints a Node 20 end-of-support box on every
# run with no option or variable to turn it off (it tests the Node major only), so that one
# box is dropped from stderr; everything else it prints passes through.
DOCS_TEMPLATE := templates/docs/page.hbs
$(DOCS)/index.html: $(SPEC) $(DOCS_TEMPLATE) $(STAMPS)/setup
	@mkdir -p $(DOCS)
	{ REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
		$(REDOCLY) build-docs $(SPEC) --inlineBundle --template $(DOCS_TEMPLATE) \
		--openapi.disableTelemetry=true --title "Kirim Chat API reference" --output $@ \
		2>&1 1>&3 | $(PY) -m scripts.quiet_node20 >&2; } 3>&1

.PHONY: pytest
pytest: $(STAMPS)/setup ## Run the pytest suite only (servers are started by the tests)
	$(BIN)/pytest -n auto

.PHONY: contract
contract: $(STAMPS)/setup ## schemathesis, every check, against a sandbox it starts (part of test)
	$(PY) -m scripts.gates.contract

.PHONY: test-pythons
test-pythons: $(STAMPS)/setup ## The SDK's client tests against its wheel on every CPython 3.10-3.13 found (part of test)
	scripts/test-pythons $(BIN)/uv

.PHONY: test
# contract before pytest, so that the run ends on pytest's summary line.
test: lint check contract test-pythons pytest ## The whole test suite: lint, drift check, contract, tests on each Python (CI)

# Local servers for trying the SDK by hand; both run until Ctrl-C.
SANDBOX_PORT ?= 8000
MOCK_PORT ?= 4010

.PHONY: sandbox
sandbox: $(STAMPS)/setup ## Run the stateful sandbox API on 127.0.0.1:8000 (SANDBOX_PORT=), printing a key
	$(PY) -m scripts.sandbox --port $(SANDBOX_PORT)

.PHONY: mock
mock: $(STAMPS)/setup ## Run Prism, the spec's stateless mock, on 127.0.0.1:4010 (MOCK_PORT=)
	scripts/mock --port $(MOCK_PORT)

.PHONY: demo
demo: $(STAMPS)/setup ## Run scripts/demo.py: the SDK against a sandbox it starts
	$(PY) -m scripts.demo

.PHONY: build
build: $(STAMPS)/setup ## Build the sdist and wheel of generated/ into dist/, checked by twine and check-wheel-contents
	rm -rf $(DIST)
	$(BIN)/uv build --quiet $(OUT) --out-dir $(DIST)
	$(BIN)/twine --no-color check --strict $(DIST)/*
	$(BIN)/check-wheel-contents --toplevel kirimchat $(DIST)/*.whl
	@ls $(DIST)

.PHONY: publish
publish: $(STAMPS)/setup ## Build and upload to KIRIM_PUBLISH_URL with twine; refuses a dirty tree or a stale generated/
	$(PY) -m scripts.gates.publish preflight $(if $(TAG),--tag '$(TAG)')
	@$(MAKE) check
	@$(MAKE) build
	$(PY) -m scripts.gates.publish upload $(DIST)

.PHONY: bench
bench: $(STAMPS)/setup ## Measure generation, import, per-call, bulk, throughput, the 2.0 bars; writes BENCHMARKS.md (BENCH='--only reads,lines')
	$(PY) -m scripts.bench $(BENCH)

.PHONY: clean
clean: ## Remove everything `make setup` and the builds created
	rm -rf $(VENV) node_modules $(STAMPS) dist build $(DOCS) .pytest_cache .mypy_cache .ruff_cache .hypothesis \
		.schemathesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
