from tocsin.cli.entry import run

run()
