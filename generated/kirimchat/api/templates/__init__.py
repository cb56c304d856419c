"""The low-level functions of the templates operations, one module each."""
