# The two commands of the README. Both set everything up first.
.PHONY: demo test setup bench

demo:
	@bash scripts/setup.sh
	.venv/bin/tocsin demo

test:
	@bash scripts/setup.sh --test
	.venv/bin/pytest -q -n 2 --dist loadgroup

setup:
	@bash scripts/setup.sh --test

bench:
	@bash scripts/setup.sh --test
	.venv/bin/python bench/ingest.py
	.venv/bin/python bench/search.py
	.venv/bin/python bench/extract.py
	.venv/bin/python bench/instructions.py
