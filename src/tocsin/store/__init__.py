"""The only package that talks SQL. Domain objects in, domain objects out."""
