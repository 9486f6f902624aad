# Kernels that execute the book's notebooks at build time talk to the builder over
# loopback TCP on this machine. ipykernel 7 logs a warning about unencrypted TCP at every
# start, which would make a clean build look like a warning-laden one. Real problems in a
# notebook still fail the build: Sphinx runs with warnings as errors and cells may not error.
c = get_config()  # noqa: F821 - IPython provides get_config() to config files
c.IPKernelApp.log_level = "ERROR"
