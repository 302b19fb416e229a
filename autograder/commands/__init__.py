"""The subcommands of `smcm`, one module per group."""
