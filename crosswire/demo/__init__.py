"""A bundled demo: fictional outlets covering one fictional breaking story, served on loopback.

The articles (our own writing, about invented places) disagree the way real coverage does:
troop numbers, casualty counts and who said what drift between outlets, one outlet's feed has
summaries only, and one article is revised while the demo runs.
"""

from crosswire.demo.server import DemoSite, serve_demo

__all__ = ["DemoSite", "serve_demo"]
