"""Use cases, one module per area of work. No Qt here.

Every mutation is a function with keyword-only arguments that runs in one
transaction on a `Vault` and raises typed errors (`services.errors`) on bad
input. The CLI and the GUI call the same functions.
"""
