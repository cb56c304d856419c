"""The low-level functions of the meta operations, one module each."""
