"""Wrong versions of graded functions that a learner plausibly writes; each must fail its public test.

One module per notebook, named by its assignment id, holds WRONG_VERSIONS: a list of (function, the
mistake, text of the solution's graded cell, what the learner wrote instead). tests/test_wrong_versions.py
grades every one against the course notebook, so a public test that lets one pass fails the suite (as the
exercise copies, with every solution removed, must fail too).
"""

import importlib
import pkgutil

WRONG_VERSIONS = {
    module.name: importlib.import_module(f"{__name__}.{module.name}").WRONG_VERSIONS
    for module in pkgutil.iter_modules(__path__)
}
