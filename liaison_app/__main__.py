"""`python -m liaison_app` is the same as `liaison-app`."""

from liaison_app.cli import main

main()
