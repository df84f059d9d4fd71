"""Dates: one grammar (`grammar`), publication dating of plain text (`publication`), relative dates (`relative`).

Import the submodule you need: this package imports nothing at load, so `clean` may use the grammar while
`publication` uses `clean`'s output without an import cycle (grammar and relative import only the stdlib,
`model` and `settings`).
"""
