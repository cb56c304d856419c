"""The low-level functions of the contacts operations, one module each."""
