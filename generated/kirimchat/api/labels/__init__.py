"""The low-level functions of the labels operations, one module each."""
