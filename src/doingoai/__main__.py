"""`python -m doingoai …` is the same as the `doingoai` command."""

import sys

from doingoai.cli import main

sys.exit(main())
