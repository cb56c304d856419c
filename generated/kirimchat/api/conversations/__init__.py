"""The low-level functions of the conversations operations, one module each."""
