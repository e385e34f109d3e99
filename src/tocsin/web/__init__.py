"""The web pages: Jinja2 templates, htmx (vendored in static/), sessions, CSRF and security headers."""
