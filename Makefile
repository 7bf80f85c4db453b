# Everyday commands; the README's two commands need none of this.
.PHONY: install test fuzz lint bench eval demo

install:
	python3 -m pip install -e '.[dev]'

test:
	python3 -m pytest

fuzz:
	CROSSWIRE_FUZZ=long python3 -m pytest tests/fuzz -p no:cacheprovider

lint:
	ruff check . && ruff format --check . && mypy && lint-imports

bench:
	python3 bench/poll.py && python3 bench/rules.py

eval:
	python3 bench/eval_all.py

demo:
	crosswire demo
