"""The low-level functions of the messages operations, one module each."""
