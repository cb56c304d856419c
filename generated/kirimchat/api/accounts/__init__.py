"""The low-level functions of the accounts operations, one module each."""
