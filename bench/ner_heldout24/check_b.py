#!/usr/bin/env python3
"""Check the gold of blind set 24, part b (files 09-16) with bench/ner_gold_check.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from ner_gold_check import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, 9, 16))
