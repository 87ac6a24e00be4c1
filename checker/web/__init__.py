"""`lawcheck serve`: a local web page and JSON API over the same pipeline.

    app.py     Starlette application: routes for the pages and the API, security headers
    limits.py  upload limits, type sniffing from bytes, safe .zip expansion
    work.py    what runs in the worker processes (check one upload, render a PDF)
    pool.py    the process pool (replaced when a worker dies or runs over its time)
    store.py   results and batches kept in a private temporary folder for an hour
    views.py   display data for the pages (the gap report's view plus the report's text)
    serve.py   starts uvicorn (called by `lawcheck serve` in checker/cli.py)

Templates and static files (CSS, JS) are in templates/web/; nothing is
loaded from anywhere else.
"""
