from tocsin.cli.main import run

run()
