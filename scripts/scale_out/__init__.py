"""The pieces of ``make scale-demo`` (scripts/scale_demo.py): nginx in front of two app
instances, a Publisher signed in over HTTP, and the verdict on how fresh each one stays."""
