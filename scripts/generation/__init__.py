"""Generation: validate openapi.yaml, render the SDK into generated/, copy the runtime beside it.

python -m scripts.generation            # what `make generate` runs
python -m scripts.generation --check    # what `make check` runs
"""
