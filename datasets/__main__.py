"""``python -m smcm_data`` runs the smcm-data command line."""

import sys

from .cli import main

sys.exit(main())
