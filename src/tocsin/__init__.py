"""tocsin: casework for early warning and urgent action on racial discrimination."""

__version__ = "0.1.0"
