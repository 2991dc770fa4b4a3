"""Spiders: one per registered site (`spiders.sites`, generated from the registry) plus `generic`.

`spiders.base.SiteSpider` holds the crawl logic, `spiders.json_api` the JSON-app
variant, `spiders.generic` structural discovery for sites without rules, and
`spiders.middlewares` the backoff retries.
"""
