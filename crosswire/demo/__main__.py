"""Serve the demo outlets until interrupted: ``python -m crosswire.demo [--revised]``."""

from __future__ import annotations

import argparse
import threading

from crosswire.demo.server import serve_demo


def main() -> int:
    """Print the feed URLs and serve them on loopback until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m crosswire.demo", description=__doc__)
    parser.add_argument("--revised", action="store_true", help="serve the revised article")
    args = parser.parse_args()
    with serve_demo(revised=args.revised) as site:
        print(f"Crosswire demo at {site.base_url}/ (Ctrl-C to stop)")
        for outlet in site.outlets:
            print(f"  {outlet.name:<20} {outlet.format:<9} {site.base_url}{outlet.feed_path}")
        print("A config polling these needs  http: {allow_networks: [127.0.0.0/8]}")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
