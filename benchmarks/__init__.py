"""Speed and size figures of ABND Studio; ``python -m benchmarks`` prints each with its target."""
