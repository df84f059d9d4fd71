"""Evaluations over dev sets: each module exposes a function returning a dict of figures; `newsdesk eval` calls them."""
