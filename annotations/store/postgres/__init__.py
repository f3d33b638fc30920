"""The PostgreSQL backend: a corpus on a server that a team writes at once (see `store`)."""
