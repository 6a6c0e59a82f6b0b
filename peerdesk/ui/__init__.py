"""The desktop user interface (PySide6): the only package besides app.py that imports Qt."""
