"""The command-line layer: argument parsing and rendering only; the work is in the library."""
