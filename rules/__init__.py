"""factcheck's built-in rules, installed as ``factcheck_rules``.

Each module is a plugin registered through the ``factcheck`` entry-point group,
exactly as a third-party rule package is; ``factcheck -p no:amounts`` switches
one off. Rules import only the public ``factcheck`` API.
"""
