"""Every tunable threshold and size of newsdesk, declared once with its help text and the evaluation that chose it.

Standard library only. `SETTINGS` is the documented table (a test fails when a setting has no help or no evaluation
note, and `newsdesk settings` prints it); `DEFAULT` is the frozen `Settings` object built from it, which the
pipeline hands to every stage (`DEFAULT.replace(NAME=value)`, `--setting NAME=VALUE` for one run). Stages that
still import the constants (`from newsdesk.settings import X`) get the table's values.

Declarations, one module per area (declare a new setting in the module of its stage):
- `inputs`: reading input, the pipeline's batch and block sizes, HTML pages;
- `text`: plain-text cleaning;
- `dating`: publication dating (dates/*);
- `inline`: plain-text cleaning's notes about the page inside the article (clean/inline.py);
- `page`: plain-text cleaning's whole-page shapes (clean/shape.py captions and credits);
- `closing`: plain-text cleaning's closing run below the article's share bar or sign-up form (clean/tail.py);
- `events`: near-duplicates, embeddings, events and storylines;
- `coding`: entities and PLOVER coding.
"""

from newsdesk.settings.closing import *  # noqa: F401,F403
from newsdesk.settings.coding import *  # noqa: F401,F403
from newsdesk.settings.core import (  # noqa: F401
    DEFAULT,
    SETTINGS,
    Setting,
    Settings,
    check,
    from_cli,
    parse_value,
    setting,
)
from newsdesk.settings.dating import *  # noqa: F401,F403
from newsdesk.settings.events import *  # noqa: F401,F403
from newsdesk.settings.inline import *  # noqa: F401,F403
from newsdesk.settings.inputs import *  # noqa: F401,F403
from newsdesk.settings.page import *  # noqa: F401,F403
from newsdesk.settings.text import *  # noqa: F401,F403
